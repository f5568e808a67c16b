"""Repository functions: keyword-only, typed, returning models, never committing.

The caller owns the transaction (one per handled event, opened at the edge).
"""
