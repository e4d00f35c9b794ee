HELDOUT: list[dict] = []
