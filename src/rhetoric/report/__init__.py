"""The reports: the build that executes and renders the notebooks (``build``, the entry point,
and its steps: ``build_config``, ``fingerprint``, ``execute``, ``render``, ``publish``,
``index_page``, ``pool``), the one chart theme (``charts``), tables (``tables``) and the view
helpers of each report (``stance_views``, ``timeline_views``, ``shift_views``).
"""
