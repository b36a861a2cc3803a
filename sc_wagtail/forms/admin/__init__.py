"""The fund's admin screens: the applications listing, an application, the actions staff and
reviewers take, exports. Every view checks the object against the user's role on the server;
an application a user may not see is a 404, an action they may not take a 403 with the reason.
"""
