# Accounts of organisations and editors (/account/).
account-nav-label = Account
account-signed-in-as = Signed in as { $email }
account-logout = Sign out
account-back = Back to your account
account-dashboard-title = Your account
account-login-title = Sign in
account-login-intro = For organisations and the portal's editors. Accounts are created by invitation only.
account-email = E-mail address
account-password = Password
account-login-button = Sign in
account-login-failed = Wrong e-mail address or password.
account-login-limited-title = Too many sign-in attempts
account-login-limited-text = Signing in is blocked for a while. Please try again later.
account-csrf-title = The form has expired
account-csrf-text = This form cannot be accepted. Go back, reload the page and send it again.
account-forbidden-title = No access
account-forbidden-text = Your account has no access to this page.
account-invite-title = Set your password
account-invite-intro = Invitation for { $email }. Choose a password for your account.
account-invite-organisation = Organisation: { $org }
account-password-new = New password
account-password-again = Repeat the password
account-password-hint = Minimum number of characters: { $min }. Several words nobody would guess work best.
account-invite-button = Set password and sign in
account-password-too-short = The password is too short.
account-password-too-long = The password is too long.
account-password-common = This password is on the list of the most common passwords. Choose another one.
account-password-is-email = The password cannot be your e-mail address.
account-password-mismatch = The passwords are different.
account-password-failed = The password could not be saved. Please try again.
account-invite-invalid-title = The link is not valid
account-invite-invalid-text = This invitation link has been used already, has expired or is incomplete. Ask the editors for a new invitation.
account-services-title = Your organisation's services
account-services-none = The directory has no services of this organisation yet.
account-verified = Checked: { $date }
account-stale = Checked more than 6 months ago. Please check that the information is still correct.
account-editor-title = Editors' pages
account-accounts-title = Accounts
account-audit-title = Audit log
account-role-editor = Editor
account-role-organisation = Organisation
account-col-organisation = Organisation
account-col-status = Status
account-col-expires = Valid until
account-status-active = Active
account-status-disabled = Disabled
account-disable = Disable
account-disable-label = Disable the account { $email }
account-invitations-title = Open invitations
account-invite-form-title = Invite someone
account-invite-role = Role
account-invite-org = Organisation (for the role "Organisation")
account-invite-send = Create the invitation
account-invite-link = Invitation link. It is shown only once and is valid for 7 days:
account-invite-mailed = The link was also sent by e-mail.
account-invite-mail-failed = The e-mail could not be sent. Please pass the link on yourself.
account-invite-problem-email = This is not a valid e-mail address.
account-invite-problem-role = Choose a role, and for an organisation also an organisation from the directory.
account-audit-when = When
account-audit-who = Who
account-audit-action = What
account-audit-subject = Concerning
account-audit-detail = Details
account-audit-command-line = command line
account-audit-empty = No entries.
account-mail-invite-subject = Invitation to an account: { $site }
account-mail-invite-text =
    You have been invited to an account on { $site }.
    Open this link and set your password. The link is valid for { $days ->
        [one] { $days } day
       *[other] { $days } days
    } and works only once:
    { $link }
