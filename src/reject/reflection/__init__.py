"""The guided six-stage reflection: its data, its stages, and its flow."""
