package org.kappractice.patients;

import java.util.List;

/** A patient's therapist and prescriber, and the supervisors who oversee them. */
public record CareTeam(Long therapistId, String therapistName, Long prescriberId, String prescriberName,
                       List<String> supervisorNames) {

    public CareTeam {
        supervisorNames = List.copyOf(supervisorNames);
    }
}
