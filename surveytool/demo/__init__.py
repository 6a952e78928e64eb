"""Realistic demo households, produced by simulating interviews through the engine."""

from surveytool.demo.generate import DemoCase, generate, simulate

__all__ = ["DemoCase", "generate", "simulate"]
