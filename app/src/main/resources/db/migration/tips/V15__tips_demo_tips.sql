-- Whether the demo's fictional tips were added belongs to the public tips module, which adds them.
ALTER TABLE intake_demo_tips RENAME TO tips_demo_tips;
