"""Typed result, comparison and group documents and their JSON Schemas."""
