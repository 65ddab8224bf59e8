-- The practice's thresholds, one row an admin keeps up to date. The safety rules and what is due
-- next read them from here, so a change applies everywhere at once. Later features add their own.
CREATE TABLE practice_settings (
    id                            INT DEFAULT 1 NOT NULL PRIMARY KEY,
    required_preparation_sessions INT DEFAULT 2   NOT NULL,
    hold_systolic                 INT DEFAULT 160 NOT NULL,
    hold_diastolic                INT DEFAULT 100 NOT NULL,
    integration_due_days          INT DEFAULT 7   NOT NULL,
    approval_warning_days         INT DEFAULT 7   NOT NULL,
    version                       INT DEFAULT 0   NOT NULL,
    CONSTRAINT practice_settings_single_row CHECK (id = 1),
    CONSTRAINT practice_settings_preparation_range CHECK (required_preparation_sessions BETWEEN 0 AND 10),
    CONSTRAINT practice_settings_hold_systolic_range CHECK (hold_systolic BETWEEN 120 AND 220),
    CONSTRAINT practice_settings_hold_diastolic_range CHECK (hold_diastolic BETWEEN 70 AND 140),
    CONSTRAINT practice_settings_integration_due_range CHECK (integration_due_days BETWEEN 1 AND 30),
    CONSTRAINT practice_settings_approval_warning_range CHECK (approval_warning_days BETWEEN 1 AND 60)
);
INSERT INTO practice_settings (id) VALUES (1);
