# "My municipality" and a guide's local steps (src/web/my_place.rs, src/web/local_steps.rs).
my-place-heading = ჩემი გმინა
my-place-why = აირჩიეთ თქვენი გმინა და გზამკვლევებში დაინახავთ თქვენი დაწესებულების მისამართს და სამუშაო საათებს. ეს სავალდებულო არ არის.
my-place-yours = თქვენი გმინა:
my-place-this-is-yours = ეს თქვენი გმინაა: გზამკვლევები მის დაწესებულებებს აჩვენებს.
my-place-choose-this = ეს ჩემი გმინაა
my-place-select-label = აირჩიეთ თქვენი გმინა
my-place-choose = დამახსოვრება
my-place-forget = ჩემი გმინის დავიწყება
my-place-cookie-note = არჩევანი ინახება ერთ cookie ფაილში გმინის სახელით, პერსონალური მონაცემების გარეშე.
my-place-privacy-link = კონფიდენციალურობის პოლიტიკა
# Inline in a guide, after a local step's text, in brackets.
local-find-office = იპოვეთ თქვენი დაწესებულება
local-county-office = პოვიატის დაწესებულება
local-office-unknown = პორტალმა ჯერ არ იცის ეს დაწესებულება;
local-office-bip = იხილეთ გმინის BIP
# The services list narrowed to the county of the visitor's municipality.
services-near-only = მხოლოდ ახლოს:
services-near-on = მხოლოდ მომსახურებები:
services-near-off = ყველას ჩვენება
# The privacy notice: what the cookie holds.
privacy-place-heading = cookie ფაილი „ჩემი გმინა“
privacy-place = თუ აირჩევთ თქვენს გმინას, ბრაუზერი მას ერთი წლით დაიმახსოვრებს cookie ფაილში „municipality“. ის შეიცავს მხოლოდ გმინის იდენტიფიკატორს (მაგალითად, „rumia“) და არაფერს თქვენ შესახებ. სერვერზე მას არ ვინახავთ. წაშლა შეგიძლიათ ღილაკით „ჩემი გმინის დავიწყება“ გმინების გვერდზე.
# A search hit that is a municipality's page.
search-municipality-label = გმინა ან პოვიატი
