"""Sounds that mean something: distinct cues for a call ringing, a high-priority
incident, an alarm from a zone or a radar and an overdue unit; drill cues that never
sound like real ones; volume and mute per position.

Modules: ``synth`` (the cues, synthesised at run time with numpy), ``player``
(``SoundPlayer``, ``shared_player``: Qt Multimedia output that degrades to a warning
without audio), ``settings`` (``SoundSettings`` in QSettings), ``cues`` (``SoundCues``:
which view changes sound which cue) and ``settings_widget`` (the settings panel,
dialog and "Sound" menu).
"""
