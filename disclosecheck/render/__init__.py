"""Stage 5: render results. Renderers only render: they take a Report and return text or write a file."""
