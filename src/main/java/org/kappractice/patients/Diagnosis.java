package org.kappractice.patients;

import java.util.Arrays;

/** The ICD-10 diagnoses a KAP clinic treats. */
public enum Diagnosis {
    F41_1("F41.1", "Generalised anxiety disorder"),
    F40_10("F40.10", "Social anxiety disorder"),
    F41_0("F41.0", "Panic disorder"),
    F43_10("F43.10", "Post-traumatic stress disorder"),
    F32_0("F32.0", "Major depressive disorder, single episode, mild"),
    F32_1("F32.1", "Major depressive disorder, single episode, moderate"),
    F32_2("F32.2", "Major depressive disorder, single episode, severe"),
    F32_9("F32.9", "Major depressive disorder, single episode, unspecified"),
    F33_0("F33.0", "Major depressive disorder, recurrent, mild"),
    F33_1("F33.1", "Major depressive disorder, recurrent, moderate"),
    F33_2("F33.2", "Major depressive disorder, recurrent, severe"),
    F33_9("F33.9", "Major depressive disorder, recurrent, unspecified"),
    F42("F42", "Obsessive-compulsive disorder");

    private final String code;
    private final String label;

    Diagnosis(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String display() {
        return code + " " + label;
    }

    public static Diagnosis ofCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown ICD-10 code " + code));
    }

    @Override
    public String toString() {
        return code;
    }
}
