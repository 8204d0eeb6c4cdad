"""Conversation mode (issue #20): a calm window for while the conversation takes place.

* ``window`` -- the window: the person and the chain, one question large, the answer box;
* ``items_panel`` -- what comes next, the names noted, a question added on the fly;
* ``timing`` -- time left and the gentle signs, from the phases' budget;
* ``saver`` -- answers written as they are typed, one undo step per conversation.
"""
