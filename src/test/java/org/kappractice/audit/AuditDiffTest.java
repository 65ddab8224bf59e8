package org.kappractice.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditDiffTest {
    record Sample(String name, Integer dose, String note) {
    }

    @Test
    void listsOnlyTheComponentsThatChanged() {
        assertThat(AuditDiff.between(new Sample("A", 100, null), new Sample("A", 150, "held")))
                .isEqualTo("dose: '100' -> '150'; note: '' -> 'held'");
    }

    @Test
    void isEmptyWhenNothingChanged() {
        assertThat(AuditDiff.between(new Sample("A", 1, "x"), new Sample("A", 1, "x"))).isEmpty();
    }

    @Test
    void describesEveryComponentOfANewRecord() {
        assertThat(AuditDiff.describe(new Sample("A", 1, null))).isEqualTo("name: 'A'; dose: '1'; note: ''");
    }
}
