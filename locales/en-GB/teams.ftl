# Microsoft Teams: what the adapter adds to Haven's messages.

# The field of a question answered in words, in an Adaptive Card.
teams-answer-label = Your answer
teams-answer-placeholder = Write your answer here. It stays out of the chat.
teams-answer-send = Send my answer
teams-answer-length = Please write between { $min } and { $max } characters.
# Replaces the question's card once the answer has arrived (the answer is not shown).
teams-answer-received = Answer received.

# The app package (haven teams manifest).
teams-app-short = Safeguarding concerns, policies and school messages
teams-app-full = Haven carries the school's online-safety policy into Teams: report a concern privately, read and sign the Acceptable Use Policy, and receive livestream details and school reminders in a private chat.
teams-package-no-app-id = The package names the bot: set [teams] app_id (or HAVEN_TEAMS__APP_ID) first.
teams-package-https = Teams accepts only HTTPS addresses in the package: { $value }
teams-package-written = The Teams app package is in { $value }. Upload it in the Teams admin centre (Manage apps, Upload new app).
