-- The offences a case can name (configurable: add rows, or set active = false). Short descriptions
-- for picking, not the statutes' wording: check the text of the law before using them in court papers.
INSERT INTO case_offence_type (code, law, section, title_en, title_ur, position) VALUES
 ('PECA-22',   'PECA 2016', '22',   'Child sexual abuse material', 'بچوں کے جنسی استحصال کا مواد', 10),
 ('PECA-22A',  'PECA 2016', '22-A', 'Online grooming, solicitation and cyber enticement of a child', 'بچوں کو آن لائن ورغلانا اور ترغیب دینا', 20),
 ('PECA-22B',  'PECA 2016', '22-B', 'Commercial sexual exploitation of children', 'بچوں کا تجارتی جنسی استحصال', 30),
 ('PECA-22C',  'PECA 2016', '22-C', 'Child trafficking through an information system', 'انفارمیشن سسٹم کے ذریعے بچوں کی اسمگلنگ', 40),
 ('PPC-292A',  'PPC', '292-A', 'Exposure of a child to seduction', 'بچے کو بہکاوے کے لیے فحش مواد دکھانا', 50),
 ('PPC-292B',  'PPC', '292-B', 'Child pornography', 'بچوں کی فحش نگاری', 60),
 ('PPC-292C',  'PPC', '292-C', 'Punishment for child pornography', 'بچوں کی فحش نگاری کی سزا', 70),
 ('PPC-328A',  'PPC', '328-A', 'Cruelty to a child', 'بچے پر ظلم', 80),
 ('PPC-365B',  'PPC', '365-B', 'Kidnapping or abducting a woman to compel marriage or illicit intercourse', 'شادی یا ناجائز تعلق پر مجبور کرنے کے لیے عورت کا اغوا', 90),
 ('PPC-366A',  'PPC', '366-A', 'Procuration of a minor girl', 'نابالغ لڑکی کو ناجائز مقصد کے لیے حاصل کرنا', 100),
 ('PPC-369A',  'PPC', '369-A', 'Trafficking of human beings', 'انسانی اسمگلنگ', 110),
 ('PPC-377A',  'PPC', '377-A', 'Sexual abuse of a child', 'بچے سے جنسی زیادتی', 120),
 ('PPC-377B',  'PPC', '377-B', 'Punishment for sexual abuse of a child', 'بچے سے جنسی زیادتی کی سزا', 130);
