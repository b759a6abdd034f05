"""Engines own parallelism: ``local`` (in-process or a process pool) and ``ray`` (Ray Data)."""
