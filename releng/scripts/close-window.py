#!/usr/bin/python3
"""Asks an X11 window to close, exactly as a window manager's close button does: a WM_DELETE_WINDOW message.

Usage: close-window.py WINDOW_ID   (needs python3-xlib: apt-get install -y python3-xlib)
"""
import sys

from Xlib import X, display
from Xlib.protocol import event

d = display.Display()
window = d.create_resource_object("window", int(sys.argv[1]))
protocols = d.intern_atom("WM_PROTOCOLS")
delete = d.intern_atom("WM_DELETE_WINDOW")
message = event.ClientMessage(window=window, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0]))
window.send_event(message, event_mask=X.NoEventMask)
d.flush()
