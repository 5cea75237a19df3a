"""Controlled traffic: the probe suite, the chat client, the launch gate and the prober.

``sycomon gate`` (:func:`monitor.probes.launch.run_gate`) runs the suite against a candidate and
a baseline before launch; ``sycomon prober`` (:class:`monitor.probes.prober.Prober`) keeps probing
live versions. Nothing is imported here: ``monitor.settings`` imports
:mod:`monitor.probes.settings`, which must stay light.
"""
