"""The interactive walk: prompt mapping, screens, summary."""
