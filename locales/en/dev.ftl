## serve --watch: the banner shown while the last change could not be loaded
dev-banner-title = The last change was not loaded
dev-banner-text = The portal still shows the previous version. Fix the errors listed below and save the file again; this page will refresh by itself.
dev-banner-errors =
    { $count ->
        [one] { $count } error
       *[other] { $count } errors
    }
