"""The page reader: from a raw page (text dump, extracted HTML, corpus record) to article fields."""
