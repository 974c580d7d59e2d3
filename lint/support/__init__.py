"""Plumbing with no copydesk concepts: the user cache folder, compiling
patterns only when needed, reading bytes and desk-written data files,
named records, line positions. Imports nothing from copydesk but this
package."""
