"""Render: the report's plain data as HTML, Markdown (and JSON, in `recoupe.report`)."""
