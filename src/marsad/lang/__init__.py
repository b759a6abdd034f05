"""Language utilities: Arabic normalisation and tokens (``ar``), sentences (``segment``), language id."""
