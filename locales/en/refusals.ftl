# Refusals of the public forms (src/web/refusal.rs): the "My municipality" choice (src/web/my_place.rs).
# Each says what went wrong and what to do; the page links back to the list of municipalities.
my-place-refused-title = We could not save your municipality
my-place-refused-origin = The form came from another website. Go back to the list of municipalities on this site and choose again.
my-place-refused-not-a-form = This address only takes the “My municipality” form from the pages of this site. Go back to the list of municipalities and choose again.
my-place-refused-too-large = The form sent was too large. Go back to the list of municipalities and choose again.
my-place-refused-unknown-place = We do not know this municipality: it may have been renamed, or it is not on the list. Go back to the list of municipalities and choose again.
my-place-refused-back = Back to the list of municipalities
