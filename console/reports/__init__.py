"""Reports: what supervisors read about stored events.

``incident`` (with ``incident_data``, Qt-free, and ``incident_pdf``) writes an
incident's report; ``redecode`` decodes stored frames again with today's
codecs and lists the differences; ``frame_detail`` shows one stored frame
beside its decodes; ``event_text`` summarises events for people.
"""
