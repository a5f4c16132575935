## Error pages for answers other than 404 and 500 (the server's own refusals)
error-400-title = Bad request
error-400-text = Your browser sent a request we could not understand. Check the address or go to the home page.
error-405-title = This action is not allowed
error-405-text = This address can only be read. Open it with an ordinary link.
error-413-title = Too much data
error-413-text = The data sent is too large to accept.
error-503-title = The server is busy
error-503-text = The answer took too long. Please try again in a moment.
