-- CampusDesk schema version 5: a 12-student demo school, made by scripts/make-schema-fixture.
-- Do not edit: it stands for the databases that version wrote.
PRAGMA application_id = 1128557361;
PRAGMA user_version = 5;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE app_setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
INSERT INTO app_setting VALUES('receipt_series','9E3779');
INSERT INTO app_setting VALUES('school.name','Hillside College');
INSERT INTO app_setting VALUES('school.currency','USD');
INSERT INTO app_setting VALUES('school.demo','1');
INSERT INTO app_setting VALUES('attendance.minimum_percent','75');
INSERT INTO app_setting VALUES('attendance.late_after_minutes','10');
CREATE TABLE student (
    id                  TEXT PRIMARY KEY NOT NULL,
    student_number      TEXT NOT NULL COLLATE NOCASE,
    first_name          TEXT NOT NULL COLLATE NOCASE,
    last_name           TEXT NOT NULL COLLATE NOCASE,
    email               TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    phone               TEXT NOT NULL DEFAULT '',
    date_of_birth       TEXT,
    batch               TEXT NOT NULL,
    program             TEXT NOT NULL,
    status              TEXT NOT NULL CHECK (status IN ('active', 'graduated', 'withdrawn')),
    biometric_consent   INTEGER NOT NULL DEFAULT 0 CHECK (biometric_consent IN (0, 1)),
    consent_recorded_by TEXT,
    consent_recorded_at INTEGER,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
, archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))) STRICT;
INSERT INTO student VALUES('019fdeab-5c03-7497-86da-fe42f42f1b9a','2025-000001','Sara','Marino','sara.marino@student.campusdesk.example.edu','+1 555 0137 3870','2007-05-21','2025','Economics','active',0,NULL,NULL,0,1795305600000,'',0,0);
INSERT INTO student VALUES('019fdeab-5c05-7ae9-b9ac-4c42eb94c353','2026-000001','Huy','Bui','huy.bui@student.campusdesk.example.edu','+1 555 0154 8036','2006-12-23','2026','Computer Science','active',1,'019fdeab-5c02-763b-a146-e79f2ad00128',1783936800000,0,1795305600000,'',0,0);
INSERT INTO student VALUES('019fdeab-5c08-73e9-8cf5-379daf387be1','2026-000002','Abena','Saleh','abena.saleh@student.campusdesk.example.edu','+1 555 0179 8623','2008-05-31','2026','Economics','active',1,'019fdeab-5c02-763b-a146-e79f2ad00128',1786528800000,0,1795305600000,'',0,0);
INSERT INTO student VALUES('019fdeab-5c0a-711a-a40b-b4c31664d9ef','2023-000001','Ahmed','Karaca','ahmed.karaca@student.campusdesk.example.edu','+1 555 0107 5982','2003-12-27','2023','Computer Science','active',0,NULL,NULL,0,1795305600000,'',0,0);
INSERT INTO student VALUES('019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','2026-000003','Eleni','Pavlov','eleni.pavlov@student.campusdesk.example.edu','+1 555 0153 9219','2008-07-27','2026','Mechanical Engineering','active',1,'019fdeab-5c02-763b-a146-e79f2ad00128',1787652000000,0,1795305600000,'',0,0);
INSERT INTO student VALUES('019fdeab-5c0f-7ec8-961b-e73525a4515c','2024-000001','Marites','Darwish','marites.darwish@student.campusdesk.example.edu','+1 555 0150 8879','2006-06-28','2024','Nursing','active',0,NULL,NULL,0,1795305600000,'',0,0);
INSERT INTO student VALUES('019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','2024-000002','Yan','Murugan','yan.murugan@student.campusdesk.example.edu','+1 555 0100 9469','2005-01-24','2024','Biology','active',1,'019fdeab-5c02-763b-a146-e79f2ad00128',1786183200000,0,1795305600000,'',0,0);
INSERT INTO student VALUES('019fdeab-5c15-70d0-8218-c99b9d5a8112','2026-000004','Dawit','Zheng','dawit.zheng@student.campusdesk.example.edu','+1 555 0164 7734','2006-10-30','2026','Computer Science','active',0,NULL,NULL,0,1795305600000,'',0,0);
INSERT INTO student VALUES('019fdeab-5c17-7329-aec4-dbd8366ca26c','2023-000002','Abena','Davies','abena.davies@student.campusdesk.example.edu','+1 555 0190 6592','2003-05-16','2023','Mechanical Engineering','active',1,'019fdeab-5c02-763b-a146-e79f2ad00128',1784282400000,0,1795305600000,'',0,0);
INSERT INTO student VALUES('019fdeab-5c19-71cc-a3ae-06026248d735','2026-000005','Amelia','Lacson','amelia.lacson@student.campusdesk.example.edu','+1 555 0153 0461','2006-01-04','2026','Economics','active',0,NULL,NULL,0,1795305600000,'',0,0);
INSERT INTO student VALUES('019fdeab-5c1b-73bd-9382-df01bd32aa56','2024-000003','Rania','Şahin','rania.sahin@student.campusdesk.example.edu','+1 555 0111 9322','2006-09-25','2024','Biology','active',1,'019fdeab-5c02-763b-a146-e79f2ad00128',1786701600000,0,1795305600000,'',0,0);
INSERT INTO student VALUES('019fdeab-5c1d-7daa-bc39-7df1637db81c','2026-000006','Adwoa','Michalski','adwoa.michalski@student.campusdesk.example.edu','+1 555 0169 4679','2008-08-22','2026','Business Administration','active',1,'019fdeab-5c02-763b-a146-e79f2ad00128',1785492000000,0,1795305600000,'',0,0);
CREATE TABLE student_search (
    term       TEXT NOT NULL,
    last_name  TEXT NOT NULL COLLATE NOCASE,
    first_name TEXT NOT NULL COLLATE NOCASE,
    student_id TEXT NOT NULL,
    PRIMARY KEY (term, last_name, first_name, student_id)
) STRICT, WITHOUT ROWID;
INSERT INTO student_search VALUES('2','Bui','Huy','019fdeab-5c05-7ae9-b9ac-4c42eb94c353');
INSERT INTO student_search VALUES('2','Darwish','Marites','019fdeab-5c0f-7ec8-961b-e73525a4515c');
INSERT INTO student_search VALUES('2','Davies','Abena','019fdeab-5c17-7329-aec4-dbd8366ca26c');
INSERT INTO student_search VALUES('2','Karaca','Ahmed','019fdeab-5c0a-711a-a40b-b4c31664d9ef');
INSERT INTO student_search VALUES('2','Lacson','Amelia','019fdeab-5c19-71cc-a3ae-06026248d735');
INSERT INTO student_search VALUES('2','Marino','Sara','019fdeab-5c03-7497-86da-fe42f42f1b9a');
INSERT INTO student_search VALUES('2','Michalski','Adwoa','019fdeab-5c1d-7daa-bc39-7df1637db81c');
INSERT INTO student_search VALUES('2','Murugan','Yan','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5');
INSERT INTO student_search VALUES('2','Pavlov','Eleni','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831');
INSERT INTO student_search VALUES('2','Saleh','Abena','019fdeab-5c08-73e9-8cf5-379daf387be1');
INSERT INTO student_search VALUES('2','Zheng','Dawit','019fdeab-5c15-70d0-8218-c99b9d5a8112');
INSERT INTO student_search VALUES('2','Şahin','Rania','019fdeab-5c1b-73bd-9382-df01bd32aa56');
INSERT INTO student_search VALUES('20','Bui','Huy','019fdeab-5c05-7ae9-b9ac-4c42eb94c353');
INSERT INTO student_search VALUES('20','Darwish','Marites','019fdeab-5c0f-7ec8-961b-e73525a4515c');
INSERT INTO student_search VALUES('20','Davies','Abena','019fdeab-5c17-7329-aec4-dbd8366ca26c');
INSERT INTO student_search VALUES('20','Karaca','Ahmed','019fdeab-5c0a-711a-a40b-b4c31664d9ef');
INSERT INTO student_search VALUES('20','Lacson','Amelia','019fdeab-5c19-71cc-a3ae-06026248d735');
INSERT INTO student_search VALUES('20','Marino','Sara','019fdeab-5c03-7497-86da-fe42f42f1b9a');
INSERT INTO student_search VALUES('20','Michalski','Adwoa','019fdeab-5c1d-7daa-bc39-7df1637db81c');
INSERT INTO student_search VALUES('20','Murugan','Yan','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5');
INSERT INTO student_search VALUES('20','Pavlov','Eleni','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831');
INSERT INTO student_search VALUES('20','Saleh','Abena','019fdeab-5c08-73e9-8cf5-379daf387be1');
INSERT INTO student_search VALUES('20','Zheng','Dawit','019fdeab-5c15-70d0-8218-c99b9d5a8112');
INSERT INTO student_search VALUES('20','Şahin','Rania','019fdeab-5c1b-73bd-9382-df01bd32aa56');
INSERT INTO student_search VALUES('202','Bui','Huy','019fdeab-5c05-7ae9-b9ac-4c42eb94c353');
INSERT INTO student_search VALUES('202','Darwish','Marites','019fdeab-5c0f-7ec8-961b-e73525a4515c');
INSERT INTO student_search VALUES('202','Davies','Abena','019fdeab-5c17-7329-aec4-dbd8366ca26c');
INSERT INTO student_search VALUES('202','Karaca','Ahmed','019fdeab-5c0a-711a-a40b-b4c31664d9ef');
INSERT INTO student_search VALUES('202','Lacson','Amelia','019fdeab-5c19-71cc-a3ae-06026248d735');
INSERT INTO student_search VALUES('202','Marino','Sara','019fdeab-5c03-7497-86da-fe42f42f1b9a');
INSERT INTO student_search VALUES('202','Michalski','Adwoa','019fdeab-5c1d-7daa-bc39-7df1637db81c');
INSERT INTO student_search VALUES('202','Murugan','Yan','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5');
INSERT INTO student_search VALUES('202','Pavlov','Eleni','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831');
INSERT INTO student_search VALUES('202','Saleh','Abena','019fdeab-5c08-73e9-8cf5-379daf387be1');
INSERT INTO student_search VALUES('202','Zheng','Dawit','019fdeab-5c15-70d0-8218-c99b9d5a8112');
INSERT INTO student_search VALUES('202','Şahin','Rania','019fdeab-5c1b-73bd-9382-df01bd32aa56');
INSERT INTO student_search VALUES('a','Davies','Abena','019fdeab-5c17-7329-aec4-dbd8366ca26c');
INSERT INTO student_search VALUES('a','Karaca','Ahmed','019fdeab-5c0a-711a-a40b-b4c31664d9ef');
INSERT INTO student_search VALUES('a','Lacson','Amelia','019fdeab-5c19-71cc-a3ae-06026248d735');
INSERT INTO student_search VALUES('a','Michalski','Adwoa','019fdeab-5c1d-7daa-bc39-7df1637db81c');
INSERT INTO student_search VALUES('a','Saleh','Abena','019fdeab-5c08-73e9-8cf5-379daf387be1');
INSERT INTO student_search VALUES('ab','Davies','Abena','019fdeab-5c17-7329-aec4-dbd8366ca26c');
INSERT INTO student_search VALUES('ab','Saleh','Abena','019fdeab-5c08-73e9-8cf5-379daf387be1');
INSERT INTO student_search VALUES('abe','Davies','Abena','019fdeab-5c17-7329-aec4-dbd8366ca26c');
INSERT INTO student_search VALUES('abe','Saleh','Abena','019fdeab-5c08-73e9-8cf5-379daf387be1');
INSERT INTO student_search VALUES('ad','Michalski','Adwoa','019fdeab-5c1d-7daa-bc39-7df1637db81c');
INSERT INTO student_search VALUES('adw','Michalski','Adwoa','019fdeab-5c1d-7daa-bc39-7df1637db81c');
INSERT INTO student_search VALUES('ah','Karaca','Ahmed','019fdeab-5c0a-711a-a40b-b4c31664d9ef');
INSERT INTO student_search VALUES('ahm','Karaca','Ahmed','019fdeab-5c0a-711a-a40b-b4c31664d9ef');
INSERT INTO student_search VALUES('am','Lacson','Amelia','019fdeab-5c19-71cc-a3ae-06026248d735');
INSERT INTO student_search VALUES('ame','Lacson','Amelia','019fdeab-5c19-71cc-a3ae-06026248d735');
INSERT INTO student_search VALUES('b','Bui','Huy','019fdeab-5c05-7ae9-b9ac-4c42eb94c353');
INSERT INTO student_search VALUES('bu','Bui','Huy','019fdeab-5c05-7ae9-b9ac-4c42eb94c353');
INSERT INTO student_search VALUES('bui','Bui','Huy','019fdeab-5c05-7ae9-b9ac-4c42eb94c353');
INSERT INTO student_search VALUES('d','Darwish','Marites','019fdeab-5c0f-7ec8-961b-e73525a4515c');
INSERT INTO student_search VALUES('d','Davies','Abena','019fdeab-5c17-7329-aec4-dbd8366ca26c');
INSERT INTO student_search VALUES('d','Zheng','Dawit','019fdeab-5c15-70d0-8218-c99b9d5a8112');
INSERT INTO student_search VALUES('da','Darwish','Marites','019fdeab-5c0f-7ec8-961b-e73525a4515c');
INSERT INTO student_search VALUES('da','Davies','Abena','019fdeab-5c17-7329-aec4-dbd8366ca26c');
INSERT INTO student_search VALUES('da','Zheng','Dawit','019fdeab-5c15-70d0-8218-c99b9d5a8112');
INSERT INTO student_search VALUES('dar','Darwish','Marites','019fdeab-5c0f-7ec8-961b-e73525a4515c');
INSERT INTO student_search VALUES('dav','Davies','Abena','019fdeab-5c17-7329-aec4-dbd8366ca26c');
INSERT INTO student_search VALUES('daw','Zheng','Dawit','019fdeab-5c15-70d0-8218-c99b9d5a8112');
INSERT INTO student_search VALUES('e','Pavlov','Eleni','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831');
INSERT INTO student_search VALUES('el','Pavlov','Eleni','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831');
INSERT INTO student_search VALUES('ele','Pavlov','Eleni','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831');
INSERT INTO student_search VALUES('h','Bui','Huy','019fdeab-5c05-7ae9-b9ac-4c42eb94c353');
INSERT INTO student_search VALUES('hu','Bui','Huy','019fdeab-5c05-7ae9-b9ac-4c42eb94c353');
INSERT INTO student_search VALUES('huy','Bui','Huy','019fdeab-5c05-7ae9-b9ac-4c42eb94c353');
INSERT INTO student_search VALUES('k','Karaca','Ahmed','019fdeab-5c0a-711a-a40b-b4c31664d9ef');
INSERT INTO student_search VALUES('ka','Karaca','Ahmed','019fdeab-5c0a-711a-a40b-b4c31664d9ef');
INSERT INTO student_search VALUES('kar','Karaca','Ahmed','019fdeab-5c0a-711a-a40b-b4c31664d9ef');
INSERT INTO student_search VALUES('l','Lacson','Amelia','019fdeab-5c19-71cc-a3ae-06026248d735');
INSERT INTO student_search VALUES('la','Lacson','Amelia','019fdeab-5c19-71cc-a3ae-06026248d735');
INSERT INTO student_search VALUES('lac','Lacson','Amelia','019fdeab-5c19-71cc-a3ae-06026248d735');
INSERT INTO student_search VALUES('m','Darwish','Marites','019fdeab-5c0f-7ec8-961b-e73525a4515c');
INSERT INTO student_search VALUES('m','Marino','Sara','019fdeab-5c03-7497-86da-fe42f42f1b9a');
INSERT INTO student_search VALUES('m','Michalski','Adwoa','019fdeab-5c1d-7daa-bc39-7df1637db81c');
INSERT INTO student_search VALUES('m','Murugan','Yan','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5');
INSERT INTO student_search VALUES('ma','Darwish','Marites','019fdeab-5c0f-7ec8-961b-e73525a4515c');
INSERT INTO student_search VALUES('ma','Marino','Sara','019fdeab-5c03-7497-86da-fe42f42f1b9a');
INSERT INTO student_search VALUES('mar','Darwish','Marites','019fdeab-5c0f-7ec8-961b-e73525a4515c');
INSERT INTO student_search VALUES('mar','Marino','Sara','019fdeab-5c03-7497-86da-fe42f42f1b9a');
INSERT INTO student_search VALUES('mi','Michalski','Adwoa','019fdeab-5c1d-7daa-bc39-7df1637db81c');
INSERT INTO student_search VALUES('mic','Michalski','Adwoa','019fdeab-5c1d-7daa-bc39-7df1637db81c');
INSERT INTO student_search VALUES('mu','Murugan','Yan','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5');
INSERT INTO student_search VALUES('mur','Murugan','Yan','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5');
INSERT INTO student_search VALUES('p','Pavlov','Eleni','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831');
INSERT INTO student_search VALUES('pa','Pavlov','Eleni','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831');
INSERT INTO student_search VALUES('pav','Pavlov','Eleni','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831');
INSERT INTO student_search VALUES('r','Şahin','Rania','019fdeab-5c1b-73bd-9382-df01bd32aa56');
INSERT INTO student_search VALUES('ra','Şahin','Rania','019fdeab-5c1b-73bd-9382-df01bd32aa56');
INSERT INTO student_search VALUES('ran','Şahin','Rania','019fdeab-5c1b-73bd-9382-df01bd32aa56');
INSERT INTO student_search VALUES('s','Marino','Sara','019fdeab-5c03-7497-86da-fe42f42f1b9a');
INSERT INTO student_search VALUES('s','Saleh','Abena','019fdeab-5c08-73e9-8cf5-379daf387be1');
INSERT INTO student_search VALUES('sa','Marino','Sara','019fdeab-5c03-7497-86da-fe42f42f1b9a');
INSERT INTO student_search VALUES('sa','Saleh','Abena','019fdeab-5c08-73e9-8cf5-379daf387be1');
INSERT INTO student_search VALUES('sal','Saleh','Abena','019fdeab-5c08-73e9-8cf5-379daf387be1');
INSERT INTO student_search VALUES('sar','Marino','Sara','019fdeab-5c03-7497-86da-fe42f42f1b9a');
INSERT INTO student_search VALUES('y','Murugan','Yan','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5');
INSERT INTO student_search VALUES('ya','Murugan','Yan','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5');
INSERT INTO student_search VALUES('yan','Murugan','Yan','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5');
INSERT INTO student_search VALUES('z','Zheng','Dawit','019fdeab-5c15-70d0-8218-c99b9d5a8112');
INSERT INTO student_search VALUES('zh','Zheng','Dawit','019fdeab-5c15-70d0-8218-c99b9d5a8112');
INSERT INTO student_search VALUES('zhe','Zheng','Dawit','019fdeab-5c15-70d0-8218-c99b9d5a8112');
INSERT INTO student_search VALUES('Ş','Şahin','Rania','019fdeab-5c1b-73bd-9382-df01bd32aa56');
INSERT INTO student_search VALUES('Şa','Şahin','Rania','019fdeab-5c1b-73bd-9382-df01bd32aa56');
INSERT INTO student_search VALUES('Şah','Şahin','Rania','019fdeab-5c1b-73bd-9382-df01bd32aa56');
CREATE TABLE guardian (
    id           TEXT PRIMARY KEY NOT NULL,
    student_id   TEXT NOT NULL REFERENCES student (id),
    position     INTEGER NOT NULL DEFAULT 0,
    name         TEXT NOT NULL,
    relationship TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
INSERT INTO guardian VALUES('019fdeab-5c04-7b8e-b031-b9275173928f','019fdeab-5c03-7497-86da-fe42f42f1b9a',0,'Daniela Marino','Grandmother','+1 555 0255 0241','',0,1795305600000,'',0);
INSERT INTO guardian VALUES('019fdeab-5c06-734b-bdb6-a51f6276e327','019fdeab-5c05-7ae9-b9ac-4c42eb94c353',0,'Deepika Bui','Grandmother','+1 555 0281 5688','',0,1795305600000,'',0);
INSERT INTO guardian VALUES('019fdeab-5c07-7846-b471-eed976178455','019fdeab-5c05-7ae9-b9ac-4c42eb94c353',1,'Nicolas Bui','Aunt','+1 555 0255 2018','',0,1795305600000,'',0);
INSERT INTO guardian VALUES('019fdeab-5c09-7779-81c7-2ab82841be30','019fdeab-5c08-73e9-8cf5-379daf387be1',0,'Adaeze Saleh','Guardian','+1 555 0203 7618','adaeze.saleh@mail.example.org',0,1795305600000,'',0);
INSERT INTO guardian VALUES('019fdeab-5c0b-7a0e-9e36-fb5c06d79492','019fdeab-5c0a-711a-a40b-b4c31664d9ef',0,'Matthias Karaca','Aunt','+1 555 0279 9634','',0,1795305600000,'',0);
INSERT INTO guardian VALUES('019fdeab-5c0c-7f4b-b2bc-70dba4839c8f','019fdeab-5c0a-711a-a40b-b4c31664d9ef',1,'Nathan Karaca','Father','+1 555 0298 2444','',0,1795305600000,'',0);
INSERT INTO guardian VALUES('019fdeab-5c0e-71b8-877f-d47dd930b1ec','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831',0,'Jack Pavlov','Uncle','+1 555 0260 8971','jack.pavlov@mail.example.org',0,1795305600000,'',0);
INSERT INTO guardian VALUES('019fdeab-5c10-7880-8a0a-e4700a1e4fca','019fdeab-5c0f-7ec8-961b-e73525a4515c',0,'Parisa Darwish','Aunt','+1 555 0272 6325','parisa.darwish@mail.example.org',0,1795305600000,'',0);
INSERT INTO guardian VALUES('019fdeab-5c11-7633-b90d-d759ee320576','019fdeab-5c0f-7ec8-961b-e73525a4515c',1,'Larissa Darwish','Guardian','+1 555 0292 9392','larissa.darwish@mail.example.org',0,1795305600000,'',0);
INSERT INTO guardian VALUES('019fdeab-5c13-7818-b885-b64e64b19887','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5',0,'Ayşe Murugan','Guardian','+1 555 0276 0824','ayse.murugan@mail.example.org',0,1795305600000,'',0);
INSERT INTO guardian VALUES('019fdeab-5c14-73d3-88b3-2a1d090a89e1','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5',1,'Zoë Murugan','Grandmother','+1 555 0272 7716','zoe.murugan@mail.example.org',0,1795305600000,'',0);
INSERT INTO guardian VALUES('019fdeab-5c16-7b66-abe5-bc1cb268cab7','019fdeab-5c15-70d0-8218-c99b9d5a8112',0,'Camila Zheng','Grandmother','+1 555 0299 5994','',0,1795305600000,'',0);
INSERT INTO guardian VALUES('019fdeab-5c18-7e2b-816d-e4d869e11fb8','019fdeab-5c17-7329-aec4-dbd8366ca26c',0,'Olivia Davies','Father','+1 555 0286 7997','olivia.davies@mail.example.org',0,1795305600000,'',0);
INSERT INTO guardian VALUES('019fdeab-5c1a-74bb-a014-f9d9d444cd53','019fdeab-5c19-71cc-a3ae-06026248d735',0,'Aleksandra Lacson','Grandmother','+1 555 0269 8953','',0,1795305600000,'',0);
INSERT INTO guardian VALUES('019fdeab-5c1c-75f1-9a7b-35249df21350','019fdeab-5c1b-73bd-9382-df01bd32aa56',0,'Bruno Şahin','Guardian','+1 555 0286 4718','bruno.sahin@mail.example.org',0,1795305600000,'',0);
INSERT INTO guardian VALUES('019fdeab-5c1e-7b1e-bb1a-066817405d48','019fdeab-5c1d-7daa-bc39-7df1637db81c',0,'Omid Michalski','Grandmother','+1 555 0224 8238','omid.michalski@mail.example.org',0,1795305600000,'',0);
CREATE TABLE user_account (
    id            TEXT PRIMARY KEY NOT NULL,
    username      TEXT NOT NULL COLLATE NOCASE,
    full_name     TEXT NOT NULL,
    email         TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'teacher', 'student')),
    password_hash TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    student_id    TEXT REFERENCES student (id),
    created_at    INTEGER NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
, must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1))) STRICT;
INSERT INTO user_account VALUES('019fdeab-5c01-7814-9e00-3b0244d36b45','admin','Grace Okafor','admin@campusdesk.example.edu','admin','$argon2id$fixture',0,NULL,1795305600000,0,1795305600000,'',0,0);
INSERT INTO user_account VALUES('019fdeab-5c02-763b-a146-e79f2ad00128','staff','Daniel Moreau','staff@campusdesk.example.edu','staff','$argon2id$fixture',0,NULL,1795305600000,0,1795305600000,'',0,0);
INSERT INTO user_account VALUES('019fdeab-5c1f-7e42-8ade-7de76a36e1e4','teacher','Amélie Şahin','teacher@campusdesk.example.edu','teacher','$argon2id$fixture',0,NULL,1795305600000,0,1795305600000,'',0,0);
INSERT INTO user_account VALUES('019fdeab-5ce8-7411-99b3-ed86fdb05d27','w.natarajan','Wei Natarajan','w.natarajan@campusdesk.example.edu','teacher','$argon2id$fixture',0,NULL,1795305600000,0,1795305600000,'',0,0);
INSERT INTO user_account VALUES('019fdeab-5d84-7c90-a5c9-f785f5cd3d5b','s.alfarsi','Shadi Al-Farsi','s.alfarsi@campusdesk.example.edu','teacher','$argon2id$fixture',0,NULL,1795305600000,0,1795305600000,'',0,0);
INSERT INTO user_account VALUES('019fdeab-5dcb-7f25-935f-ec5fb1096ea8','b.tran','Babak Trần','b.tran@campusdesk.example.edu','teacher','$argon2id$fixture',0,NULL,1795305600000,0,1795305600000,'',0,0);
INSERT INTO user_account VALUES('019fdeab-5e59-7c7a-86c6-b55cc68b3ff6','j.arslan','Jiyoung Arslan','j.arslan@campusdesk.example.edu','teacher','$argon2id$fixture',0,NULL,1795305600000,0,1795305600000,'',0,0);
INSERT INTO user_account VALUES('019fdeab-5e7e-7e64-ba5a-f90e317bdbf7','t.yamaguchi','Tunde Yamaguchi','t.yamaguchi@campusdesk.example.edu','teacher','$argon2id$fixture',0,NULL,1795305600000,0,1795305600000,'',0,0);
INSERT INTO user_account VALUES('019fdeab-5f0c-7528-b912-d8f0b88f27c3','m.hosseini','Mariana Hosseini','m.hosseini@campusdesk.example.edu','teacher','$argon2id$fixture',0,NULL,1795305600000,0,1795305600000,'',0,0);
INSERT INTO user_account VALUES('019fdeab-5f99-7dc6-b7df-25ca5ddf542f','e.banerjee','Elif Banerjee','e.banerjee@campusdesk.example.edu','teacher','$argon2id$fixture',0,NULL,1795305600000,0,1795305600000,'',0,0);
INSERT INTO user_account VALUES('019fdeab-5fe0-768b-ae08-59b9dad84215','v.larsen','Valentina Larsen','v.larsen@campusdesk.example.edu','teacher','$argon2id$fixture',0,NULL,1795305600000,0,1795305600000,'',0,0);
INSERT INTO user_account VALUES('019fdeab-606d-7674-91bd-c8377c62469c','l.mensah','Łukasz Mensah','l.mensah@campusdesk.example.edu','teacher','$argon2id$fixture',0,NULL,1795305600000,0,1795305600000,'',0,0);
INSERT INTO user_account VALUES('019fdeab-6091-715d-b9ef-67ff4e8ecb7c','c.greco','Camille Greco','c.greco@campusdesk.example.edu','teacher','$argon2id$fixture',0,NULL,1795305600000,0,1795305600000,'',0,0);
INSERT INTO user_account VALUES('019fdeab-615a-746d-a70d-d92ec1fe9463','k.darwish','Kojo Darwish','k.darwish@campusdesk.example.edu','teacher','$argon2id$fixture',0,NULL,1795305600000,0,1795305600000,'',0,0);
INSERT INTO user_account VALUES('019fdeab-61f6-7cbd-a2e9-67396246f099','h.mavridis','Hao Mavridis','h.mavridis@campusdesk.example.edu','teacher','$argon2id$fixture',0,NULL,1795305600000,0,1795305600000,'',0,0);
INSERT INTO user_account VALUES('019fdeab-623d-7fe4-89a3-13e34ee054f6','y.kowalski','Yannis Kowalski','y.kowalski@campusdesk.example.edu','teacher','$argon2id$fixture',0,NULL,1795305600000,0,1795305600000,'',0,0);
INSERT INTO user_account VALUES('019fdeab-6307-7fe2-9416-153c27f17e81','r.rao','Rafael Rao','r.rao@campusdesk.example.edu','teacher','$argon2id$fixture',0,NULL,1795305600000,0,1795305600000,'',0,0);
INSERT INTO user_account VALUES('019fdeab-637b-7ce6-88c1-1ebb377fe336','student','Huy Bui','','student','$argon2id$fixture',0,'019fdeab-5c05-7ae9-b9ac-4c42eb94c353',1795305600000,0,1795305600000,'',0,0);
CREATE TABLE semester (
    id        TEXT PRIMARY KEY NOT NULL,
    name      TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on   TEXT NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (ends_on >= starts_on)
) STRICT;
INSERT INTO semester VALUES('019fdeab-5c00-7641-91fd-171bd81a5d20','Autumn 2026','2026-09-07','2026-12-18',0,1795305600000,'',0);
CREATE TABLE course (
    id          TEXT PRIMARY KEY NOT NULL,
    code        TEXT NOT NULL COLLATE NOCASE,
    title       TEXT NOT NULL,
    semester_id TEXT NOT NULL REFERENCES semester (id),
    credits     REAL NOT NULL CHECK (credits >= 0),
    program     TEXT NOT NULL DEFAULT '',
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
INSERT INTO course VALUES('019fdeab-5c20-71ac-940f-fb7decd2ea83','CS101-01','Introduction to Programming','019fdeab-5c00-7641-91fd-171bd81a5d20',4.0,'Computer Science',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5c52-7990-956a-3677c50eccef','CS102-01','Discrete Mathematics','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Computer Science',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5c84-7b96-9059-70dc099ecc9d','CS103-01','Calculus I','019fdeab-5c00-7641-91fd-171bd81a5d20',4.0,'Computer Science',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5cb6-7203-8e88-8c66b95957b5','CS104-01','Computer Systems Fundamentals','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Computer Science',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5ce9-7035-892f-b8806df4df8a','CS105-01','Object-Oriented Programming','019fdeab-5c00-7641-91fd-171bd81a5d20',4.0,'Computer Science',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5d1b-79b5-af31-270e2f1c3742','CS701-01','Compiler Construction','019fdeab-5c00-7641-91fd-171bd81a5d20',4.0,'Computer Science',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5d3e-70d4-8098-b244b61d2cd7','CS702-01','Artificial Intelligence','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Computer Science',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5d61-75dd-96b5-32d4215bc6a1','CS703-01','Machine Learning','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Computer Science',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5d85-7ded-86de-189d622a75b1','CS704-01','Computer Security','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Computer Science',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5da8-7272-ad20-d509fabf0bf0','CS705-01','Senior Capstone Project','019fdeab-5c00-7641-91fd-171bd81a5d20',4.0,'Computer Science',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5dcc-715a-8b17-91d0dfbefc8e','BA101-01','Principles of Management','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Business Administration',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5df0-78a4-bb91-e8de0ce3d343','BA102-01','Financial Accounting','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Business Administration',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5e13-78e5-92dd-0a18cf0b6843','BA103-01','Microeconomics for Business','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Business Administration',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5e36-7928-8aae-6e62bdddb6ab','BA104-01','Business Mathematics','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Business Administration',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5e5a-7d3a-8026-5f23a82900a8','BA105-01','Business Communication','019fdeab-5c00-7641-91fd-171bd81a5d20',2.0,'Business Administration',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5e7f-7ec5-a4e3-5790fb13a940','ME101-01','Calculus I','019fdeab-5c00-7641-91fd-171bd81a5d20',4.0,'Mechanical Engineering',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5ea3-7f1e-8e18-8d020619f927','ME102-01','Engineering Physics I','019fdeab-5c00-7641-91fd-171bd81a5d20',4.0,'Mechanical Engineering',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5ec6-7693-8ebe-613261bdc671','ME103-01','Introduction to Engineering Design','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Mechanical Engineering',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','ME104-01','General Chemistry for Engineers','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Mechanical Engineering',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5f0d-75d0-98e5-47b14a49669f','ME105-01','Engineering Graphics and CAD','019fdeab-5c00-7641-91fd-171bd81a5d20',2.0,'Mechanical Engineering',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5f30-7141-aaa0-39d903ee1827','ME701-01','Finite Element Analysis','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Mechanical Engineering',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5f53-7467-a9a2-dc291ed34fa4','ME702-01','Mechanical Vibrations','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Mechanical Engineering',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','ME703-01','Mechatronics','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Mechanical Engineering',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5f9a-728a-8095-cd8e89862c31','ME704-01','Energy Systems and Power Plants','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Mechanical Engineering',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5fbd-7b75-ba22-7b391c1906a7','ME705-01','Senior Design Project','019fdeab-5c00-7641-91fd-171bd81a5d20',4.0,'Mechanical Engineering',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-5fe1-7df6-8ab7-be3390bba08a','NU501-01','Pharmacology for Nursing','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Nursing',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-6004-753f-a22c-053d4c55f569','NU502-01','Adult Health Nursing I','019fdeab-5c00-7641-91fd-171bd81a5d20',4.0,'Nursing',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-6027-7939-bde4-a3d978a382c1','NU503-01','Maternal and Newborn Nursing','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Nursing',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-604a-70f8-a45a-7723c702bf65','NU504-01','Pediatric Nursing','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Nursing',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-606e-7167-8fc9-f715d079d47e','NU505-01','Nursing Research and Evidence-Based Practice','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Nursing',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-6092-7ebc-8f33-69eef3d8d0d0','EC101-01','Principles of Microeconomics','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Economics',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-60c4-7c19-b4e2-44551889761e','EC102-01','Principles of Macroeconomics','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Economics',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-60f6-7490-93c3-37391974362d','EC103-01','Calculus for Economists','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Economics',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-6128-71d3-9cc9-53278c5389c1','EC104-01','Introduction to Statistics','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Economics',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-615b-7417-8368-69222eb2e95d','EC105-01','Economic History','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Economics',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-618d-710c-b36b-98bf7ba756c2','EC301-01','Intermediate Microeconomics','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Economics',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-61b0-7817-ad08-82f390b202b9','EC302-01','Intermediate Macroeconomics','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Economics',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-61d3-7737-9caa-30ca7fe20ea4','EC303-01','Mathematical Methods for Economics','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Economics',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-61f7-797e-993f-29836e24d07a','EC304-01','Introduction to Econometrics','019fdeab-5c00-7641-91fd-171bd81a5d20',4.0,'Economics',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-621a-721d-9fc5-14a18f164032','EC305-01','Money and Banking','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Economics',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-623e-71ac-bf53-aad3abcb2d25','BI501-01','Biochemistry','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Biology',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','BI502-01','Molecular Biology','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Biology',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-62a2-72e2-a3f8-1c1d58df773b','BI503-01','Evolutionary Biology','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Biology',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-62d5-7567-8cf4-8c670e7bcee3','BI504-01','Animal Physiology','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Biology',0,1795305600000,'',0);
INSERT INTO course VALUES('019fdeab-6308-7f08-8b74-5fb51408b8df','BI505-01','Plant Biology','019fdeab-5c00-7641-91fd-171bd81a5d20',3.0,'Biology',0,1795305600000,'',0);
CREATE TABLE course_teacher (
    id         TEXT PRIMARY KEY NOT NULL,
    course_id  TEXT NOT NULL REFERENCES course (id),
    teacher_id TEXT NOT NULL REFERENCES user_account (id),
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
INSERT INTO course_teacher VALUES('019fdeab-5c21-7983-aa22-c9ffe1d0d367','019fdeab-5c20-71ac-940f-fb7decd2ea83','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5c53-7d81-ba2c-532df345682f','019fdeab-5c52-7990-956a-3677c50eccef','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5c85-776c-ab3a-c7983276cd42','019fdeab-5c84-7b96-9059-70dc099ecc9d','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5cb7-77be-9c18-3f50899ce3a6','019fdeab-5cb6-7203-8e88-8c66b95957b5','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5cea-7cff-b952-e5924509f633','019fdeab-5ce9-7035-892f-b8806df4df8a','019fdeab-5ce8-7411-99b3-ed86fdb05d27',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5d1c-79e1-a099-609ca36d19d9','019fdeab-5d1b-79b5-af31-270e2f1c3742','019fdeab-5ce8-7411-99b3-ed86fdb05d27',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5d3f-7199-8401-336d879218f0','019fdeab-5d3e-70d4-8098-b244b61d2cd7','019fdeab-5ce8-7411-99b3-ed86fdb05d27',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5d62-7802-86f7-1070ca5a9c5c','019fdeab-5d61-75dd-96b5-32d4215bc6a1','019fdeab-5ce8-7411-99b3-ed86fdb05d27',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5d86-74ad-9bc1-93d00a088f60','019fdeab-5d85-7ded-86de-189d622a75b1','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5da9-7582-9363-08783f9b03a0','019fdeab-5da8-7272-ad20-d509fabf0bf0','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5dcd-78df-b9a7-709ece08eb25','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5df1-7c52-ba9b-4c63f9b49239','019fdeab-5df0-78a4-bb91-e8de0ce3d343','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5e14-78ba-a97f-cb82412bb9fd','019fdeab-5e13-78e5-92dd-0a18cf0b6843','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5e37-7721-820a-af984703563b','019fdeab-5e36-7928-8aae-6e62bdddb6ab','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5e5b-7dcd-b913-20fe5dae44b2','019fdeab-5e5a-7d3a-8026-5f23a82900a8','019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5e80-74e9-9dcd-8585a84db7a4','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5ea4-7bdf-9580-f78533133153','019fdeab-5ea3-7f1e-8e18-8d020619f927','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5ec7-7c6c-b9a3-63da1484df41','019fdeab-5ec6-7693-8ebe-613261bdc671','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5eea-7c75-8c97-26239cc02a6e','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5f0e-73d2-ada7-2959d319d434','019fdeab-5f0d-75d0-98e5-47b14a49669f','019fdeab-5f0c-7528-b912-d8f0b88f27c3',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5f31-7198-9f3f-94ac5a6a3124','019fdeab-5f30-7141-aaa0-39d903ee1827','019fdeab-5f0c-7528-b912-d8f0b88f27c3',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5f54-7043-9154-8073feae3a5a','019fdeab-5f53-7467-a9a2-dc291ed34fa4','019fdeab-5f0c-7528-b912-d8f0b88f27c3',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5f77-7d1e-9d04-bc8602711e94','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','019fdeab-5f0c-7528-b912-d8f0b88f27c3',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5f9b-70f8-94e0-ed3e198a1542','019fdeab-5f9a-728a-8095-cd8e89862c31','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5fbe-7b2a-ab6b-0b8b3492969d','019fdeab-5fbd-7b75-ba22-7b391c1906a7','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-5fe2-7b51-aaf8-b7b300b95060','019fdeab-5fe1-7df6-8ab7-be3390bba08a','019fdeab-5fe0-768b-ae08-59b9dad84215',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-6005-7438-9f8e-042c341569ee','019fdeab-6004-753f-a22c-053d4c55f569','019fdeab-5fe0-768b-ae08-59b9dad84215',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-6028-7a52-93b8-92a39cc9407c','019fdeab-6027-7939-bde4-a3d978a382c1','019fdeab-5fe0-768b-ae08-59b9dad84215',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-604b-756d-8720-bc8a44bc0651','019fdeab-604a-70f8-a45a-7723c702bf65','019fdeab-5fe0-768b-ae08-59b9dad84215',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-606f-7560-98af-e640772c2190','019fdeab-606e-7167-8fc9-f715d079d47e','019fdeab-606d-7674-91bd-c8377c62469c',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-6093-759a-90f0-f00b522681a5','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-60c5-7418-af56-d34807c413a0','019fdeab-60c4-7c19-b4e2-44551889761e','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-60f7-721d-96d8-4de14990eb22','019fdeab-60f6-7490-93c3-37391974362d','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-6129-7cec-85e3-7ae4a1a21440','019fdeab-6128-71d3-9cc9-53278c5389c1','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-615c-734c-b04d-03612cb9883a','019fdeab-615b-7417-8368-69222eb2e95d','019fdeab-615a-746d-a70d-d92ec1fe9463',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-618e-7620-8275-6e79395638af','019fdeab-618d-710c-b36b-98bf7ba756c2','019fdeab-615a-746d-a70d-d92ec1fe9463',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-61b1-7d1d-b93a-6dd3f28ccf43','019fdeab-61b0-7817-ad08-82f390b202b9','019fdeab-615a-746d-a70d-d92ec1fe9463',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-61d4-78d5-a12c-932bf7b78c63','019fdeab-61d3-7737-9caa-30ca7fe20ea4','019fdeab-615a-746d-a70d-d92ec1fe9463',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-61f8-7c2b-9d0b-f812ccde2f9a','019fdeab-61f7-797e-993f-29836e24d07a','019fdeab-61f6-7cbd-a2e9-67396246f099',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-621b-7a4f-b358-9599eac76707','019fdeab-621a-721d-9fc5-14a18f164032','019fdeab-61f6-7cbd-a2e9-67396246f099',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-623f-729a-962f-06511ee63e81','019fdeab-623e-71ac-bf53-aad3abcb2d25','019fdeab-623d-7fe4-89a3-13e34ee054f6',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-6271-7d4b-a348-77a8ed699a78','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','019fdeab-623d-7fe4-89a3-13e34ee054f6',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-62a3-72e5-9fad-8ad01efd8d38','019fdeab-62a2-72e2-a3f8-1c1d58df773b','019fdeab-623d-7fe4-89a3-13e34ee054f6',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-62d6-747e-ab17-e6ec282fb01b','019fdeab-62d5-7567-8cf4-8c670e7bcee3','019fdeab-623d-7fe4-89a3-13e34ee054f6',0,1795305600000,'',0);
INSERT INTO course_teacher VALUES('019fdeab-6309-7ae2-bab9-def22cdd2834','019fdeab-6308-7f08-8b74-5fb51408b8df','019fdeab-6307-7fe2-9416-153c27f17e81',0,1795305600000,'',0);
CREATE TABLE enrollment (
    id          TEXT PRIMARY KEY NOT NULL,
    student_id  TEXT NOT NULL REFERENCES student (id),
    course_id   TEXT NOT NULL REFERENCES course (id),
    status      TEXT NOT NULL CHECK (status IN ('active', 'dropped')),
    enrolled_on TEXT NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
INSERT INTO enrollment VALUES('019fdeab-5c22-79dc-865e-d5866cc5a978','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','019fdeab-5c20-71ac-940f-fb7decd2ea83','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5c23-7bed-b6cb-63e6000ebfa4','019fdeab-5c15-70d0-8218-c99b9d5a8112','019fdeab-5c20-71ac-940f-fb7decd2ea83','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5c54-72ac-ac04-3db45ca9ba79','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','019fdeab-5c52-7990-956a-3677c50eccef','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5c55-7f84-8848-20c302a5e29a','019fdeab-5c15-70d0-8218-c99b9d5a8112','019fdeab-5c52-7990-956a-3677c50eccef','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5c86-755e-804e-81e1c6ae4bd4','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','019fdeab-5c84-7b96-9059-70dc099ecc9d','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5c87-7273-a5e2-1ba4a0f1f887','019fdeab-5c15-70d0-8218-c99b9d5a8112','019fdeab-5c84-7b96-9059-70dc099ecc9d','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5cb8-778e-8195-8a8b636ea1d2','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','019fdeab-5cb6-7203-8e88-8c66b95957b5','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5cb9-7143-95f7-d33488a4385c','019fdeab-5c15-70d0-8218-c99b9d5a8112','019fdeab-5cb6-7203-8e88-8c66b95957b5','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5ceb-70cf-b787-0db8210e6889','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','019fdeab-5ce9-7035-892f-b8806df4df8a','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5cec-7399-9226-1dd19e228c40','019fdeab-5c15-70d0-8218-c99b9d5a8112','019fdeab-5ce9-7035-892f-b8806df4df8a','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5d1d-74bd-94a3-ee16b23d6416','019fdeab-5c0a-711a-a40b-b4c31664d9ef','019fdeab-5d1b-79b5-af31-270e2f1c3742','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5d40-7c7e-b55a-931e3f62f109','019fdeab-5c0a-711a-a40b-b4c31664d9ef','019fdeab-5d3e-70d4-8098-b244b61d2cd7','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5d63-7c16-bd2c-96f6b241671e','019fdeab-5c0a-711a-a40b-b4c31664d9ef','019fdeab-5d61-75dd-96b5-32d4215bc6a1','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5d87-72c1-94f8-f1a6da815412','019fdeab-5c0a-711a-a40b-b4c31664d9ef','019fdeab-5d85-7ded-86de-189d622a75b1','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5daa-711a-ac29-67ed8c3adeff','019fdeab-5c0a-711a-a40b-b4c31664d9ef','019fdeab-5da8-7272-ad20-d509fabf0bf0','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5dce-7e62-98bc-d88e781e9333','019fdeab-5c1d-7daa-bc39-7df1637db81c','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5df2-7646-86f4-422b95d88cee','019fdeab-5c1d-7daa-bc39-7df1637db81c','019fdeab-5df0-78a4-bb91-e8de0ce3d343','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5e15-71a0-9aa8-7463c44b38f6','019fdeab-5c1d-7daa-bc39-7df1637db81c','019fdeab-5e13-78e5-92dd-0a18cf0b6843','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5e38-7d6b-96da-12ea93432ddc','019fdeab-5c1d-7daa-bc39-7df1637db81c','019fdeab-5e36-7928-8aae-6e62bdddb6ab','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5e5c-7534-b328-8c56d13b70d2','019fdeab-5c1d-7daa-bc39-7df1637db81c','019fdeab-5e5a-7d3a-8026-5f23a82900a8','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5e81-7236-91e2-5a5a1524b0c2','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5ea5-7f97-b012-7bbef2a8b3b6','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','019fdeab-5ea3-7f1e-8e18-8d020619f927','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5ec8-70ea-ac1c-c4898b670e94','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','019fdeab-5ec6-7693-8ebe-613261bdc671','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5eeb-7a18-8484-a4d70076a5c1','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5f0f-7c70-86d1-a382ea1cb8a5','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','019fdeab-5f0d-75d0-98e5-47b14a49669f','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5f32-70cc-82ac-af314bf83118','019fdeab-5c17-7329-aec4-dbd8366ca26c','019fdeab-5f30-7141-aaa0-39d903ee1827','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5f55-768e-b35b-2b4751b2f2db','019fdeab-5c17-7329-aec4-dbd8366ca26c','019fdeab-5f53-7467-a9a2-dc291ed34fa4','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5f78-7ebe-895b-c32ce75fd659','019fdeab-5c17-7329-aec4-dbd8366ca26c','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5f9c-7eda-a5ee-8f5e72ee4ce2','019fdeab-5c17-7329-aec4-dbd8366ca26c','019fdeab-5f9a-728a-8095-cd8e89862c31','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5fbf-70ee-a695-ea125e35322e','019fdeab-5c17-7329-aec4-dbd8366ca26c','019fdeab-5fbd-7b75-ba22-7b391c1906a7','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-5fe3-7bba-b3c1-a2b750229b14','019fdeab-5c0f-7ec8-961b-e73525a4515c','019fdeab-5fe1-7df6-8ab7-be3390bba08a','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-6006-7626-9ef4-d6132fe4c74f','019fdeab-5c0f-7ec8-961b-e73525a4515c','019fdeab-6004-753f-a22c-053d4c55f569','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-6029-7f8f-bd18-172e6dbf5704','019fdeab-5c0f-7ec8-961b-e73525a4515c','019fdeab-6027-7939-bde4-a3d978a382c1','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-604c-7771-9823-432423485d7f','019fdeab-5c0f-7ec8-961b-e73525a4515c','019fdeab-604a-70f8-a45a-7723c702bf65','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-6070-7c5a-a14e-a6e6e8dde8ec','019fdeab-5c0f-7ec8-961b-e73525a4515c','019fdeab-606e-7167-8fc9-f715d079d47e','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-6094-71be-9cdb-6623c1fd53e3','019fdeab-5c08-73e9-8cf5-379daf387be1','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-6095-770a-a3b5-7d63942b7f5b','019fdeab-5c19-71cc-a3ae-06026248d735','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-60c6-7b12-97c8-814eba0abd23','019fdeab-5c08-73e9-8cf5-379daf387be1','019fdeab-60c4-7c19-b4e2-44551889761e','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-60c7-7ac2-825d-c41fb13c4375','019fdeab-5c19-71cc-a3ae-06026248d735','019fdeab-60c4-7c19-b4e2-44551889761e','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-60f8-7ef2-a891-b72fb87d9021','019fdeab-5c08-73e9-8cf5-379daf387be1','019fdeab-60f6-7490-93c3-37391974362d','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-60f9-752a-a60a-defc7c42afe2','019fdeab-5c19-71cc-a3ae-06026248d735','019fdeab-60f6-7490-93c3-37391974362d','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-612a-767a-ad46-5a40f8ccdd28','019fdeab-5c08-73e9-8cf5-379daf387be1','019fdeab-6128-71d3-9cc9-53278c5389c1','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-612b-7948-8608-02e050dbf34b','019fdeab-5c19-71cc-a3ae-06026248d735','019fdeab-6128-71d3-9cc9-53278c5389c1','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-615d-7c6d-859d-7860961335d5','019fdeab-5c08-73e9-8cf5-379daf387be1','019fdeab-615b-7417-8368-69222eb2e95d','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-615e-7075-b2c3-45357d750a93','019fdeab-5c19-71cc-a3ae-06026248d735','019fdeab-615b-7417-8368-69222eb2e95d','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-618f-7366-a2d7-8ba55ddd9f1c','019fdeab-5c03-7497-86da-fe42f42f1b9a','019fdeab-618d-710c-b36b-98bf7ba756c2','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-61b2-7876-b941-4ca37bb72e58','019fdeab-5c03-7497-86da-fe42f42f1b9a','019fdeab-61b0-7817-ad08-82f390b202b9','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-61d5-7546-b154-ac69af8c4a94','019fdeab-5c03-7497-86da-fe42f42f1b9a','019fdeab-61d3-7737-9caa-30ca7fe20ea4','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-61f9-7bb0-ba54-8890a7256fc0','019fdeab-5c03-7497-86da-fe42f42f1b9a','019fdeab-61f7-797e-993f-29836e24d07a','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-621c-7a72-943e-82d4c2f13931','019fdeab-5c03-7497-86da-fe42f42f1b9a','019fdeab-621a-721d-9fc5-14a18f164032','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-6240-7841-b23b-9ab08c7a2d08','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','019fdeab-623e-71ac-bf53-aad3abcb2d25','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-6241-71d4-9467-c0e3aea49815','019fdeab-5c1b-73bd-9382-df01bd32aa56','019fdeab-623e-71ac-bf53-aad3abcb2d25','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-6272-71d3-98ab-347176f14542','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-6273-7783-999f-2d60dfab2ef3','019fdeab-5c1b-73bd-9382-df01bd32aa56','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-62a4-7df1-837d-5c05d95f2c49','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','019fdeab-62a2-72e2-a3f8-1c1d58df773b','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-62a5-7e80-8b5a-e04414b4226f','019fdeab-5c1b-73bd-9382-df01bd32aa56','019fdeab-62a2-72e2-a3f8-1c1d58df773b','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-62d7-7103-afd4-582f9486d522','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','019fdeab-62d5-7567-8cf4-8c670e7bcee3','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-62d8-79e5-9e72-70de9248e75a','019fdeab-5c1b-73bd-9382-df01bd32aa56','019fdeab-62d5-7567-8cf4-8c670e7bcee3','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-630a-7b6a-ade1-1a3f25733ce6','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','019fdeab-6308-7f08-8b74-5fb51408b8df','active','2026-08-31',0,1795305600000,'',0);
INSERT INTO enrollment VALUES('019fdeab-630b-74b2-8963-711a8d3c5432','019fdeab-5c1b-73bd-9382-df01bd32aa56','019fdeab-6308-7f08-8b74-5fb51408b8df','active','2026-08-31',0,1795305600000,'',0);
CREATE TABLE attendance_session (
    id               TEXT PRIMARY KEY NOT NULL,
    course_id        TEXT NOT NULL REFERENCES course (id),
    session_date     TEXT NOT NULL,
    starts_at        TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    opened_by        TEXT NOT NULL,
    closed_at        INTEGER,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
, late_after_minutes INTEGER NOT NULL DEFAULT 10 CHECK (late_after_minutes >= 0)) STRICT;
INSERT INTO attendance_session VALUES('019fdeab-5c24-7b32-bcb3-564c9755979f','019fdeab-5c20-71ac-940f-fb7decd2ea83','2026-09-07','08:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1788775200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c27-7abc-85a1-9389b5b563dd','019fdeab-5c20-71ac-940f-fb7decd2ea83','2026-09-14','08:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1789380000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c2a-78df-8dfd-e834174eb17a','019fdeab-5c20-71ac-940f-fb7decd2ea83','2026-09-21','08:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1789984800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c2d-7df7-b477-2c122726439d','019fdeab-5c20-71ac-940f-fb7decd2ea83','2026-09-28','08:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790589600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c30-7b00-8f31-24ad94693fbe','019fdeab-5c20-71ac-940f-fb7decd2ea83','2026-10-05','08:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791194400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c33-7bfb-bbee-4f03509bbf5e','019fdeab-5c20-71ac-940f-fb7decd2ea83','2026-10-12','08:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791799200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c36-7c7f-b390-c65e24424b77','019fdeab-5c20-71ac-940f-fb7decd2ea83','2026-10-19','08:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792404000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c39-779d-abd8-bd5f6c5cd973','019fdeab-5c20-71ac-940f-fb7decd2ea83','2026-10-26','08:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793008800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c3c-77e0-a53f-2d5f5a0698f4','019fdeab-5c20-71ac-940f-fb7decd2ea83','2026-11-02','08:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793613600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c3f-77c1-a5d0-6ae1b4f0ae44','019fdeab-5c20-71ac-940f-fb7decd2ea83','2026-11-09','08:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794218400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c42-7bb6-9f48-17a9bb3a2e8e','019fdeab-5c20-71ac-940f-fb7decd2ea83','2026-11-16','08:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794823200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c56-7083-aecd-880c43379eae','019fdeab-5c52-7990-956a-3677c50eccef','2026-09-08','15:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1788885000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c59-7919-b079-b8ba74a42288','019fdeab-5c52-7990-956a-3677c50eccef','2026-09-15','15:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1789489800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c5c-7b55-9633-4fd27a72e48f','019fdeab-5c52-7990-956a-3677c50eccef','2026-09-22','15:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790094600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c5f-7964-960a-c4c349797f9c','019fdeab-5c52-7990-956a-3677c50eccef','2026-09-29','15:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790699400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c62-76f9-b1b0-760bca246328','019fdeab-5c52-7990-956a-3677c50eccef','2026-10-06','15:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791304200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c65-774e-ba52-b8cf00544d2d','019fdeab-5c52-7990-956a-3677c50eccef','2026-10-13','15:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791909000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c68-7d77-b445-a1327126259c','019fdeab-5c52-7990-956a-3677c50eccef','2026-10-20','15:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792513800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c6b-7673-9957-b9bc0a225a6f','019fdeab-5c52-7990-956a-3677c50eccef','2026-10-27','15:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793118600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c6e-7931-be6b-4b685828f00f','019fdeab-5c52-7990-956a-3677c50eccef','2026-11-03','15:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793723400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c71-7a36-958d-c8bd6c8b9d09','019fdeab-5c52-7990-956a-3677c50eccef','2026-11-10','15:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794328200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c74-7bdd-8962-5563c7315680','019fdeab-5c52-7990-956a-3677c50eccef','2026-11-17','15:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794933000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c88-7a9d-866f-2228e468fc3a','019fdeab-5c84-7b96-9059-70dc099ecc9d','2026-09-09','13:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1788964200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c8b-7902-9751-f9dbfd904c3a','019fdeab-5c84-7b96-9059-70dc099ecc9d','2026-09-16','13:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1789569000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c8e-77df-adf9-f7aa7cc53c39','019fdeab-5c84-7b96-9059-70dc099ecc9d','2026-09-23','13:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790173800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c91-7f83-a502-2297a2e64a56','019fdeab-5c84-7b96-9059-70dc099ecc9d','2026-09-30','13:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790778600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c94-7dab-a627-f5874ac302f0','019fdeab-5c84-7b96-9059-70dc099ecc9d','2026-10-07','13:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791383400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c97-78c6-bcbf-4d94ceef8af9','019fdeab-5c84-7b96-9059-70dc099ecc9d','2026-10-14','13:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791988200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c9a-7590-b895-d4d7fb778e71','019fdeab-5c84-7b96-9059-70dc099ecc9d','2026-10-21','13:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792593000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5c9d-7f3d-9511-874c91f312cd','019fdeab-5c84-7b96-9059-70dc099ecc9d','2026-10-28','13:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793197800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ca0-7122-92a1-74f48758a807','019fdeab-5c84-7b96-9059-70dc099ecc9d','2026-11-04','13:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793802600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ca3-7eca-8c2c-7faf7d89dc52','019fdeab-5c84-7b96-9059-70dc099ecc9d','2026-11-11','13:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794407400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ca6-780a-8232-f2d3e41e7445','019fdeab-5c84-7b96-9059-70dc099ecc9d','2026-11-18','13:00',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1795012200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5cba-7194-9060-529b2676dec7','019fdeab-5cb6-7203-8e88-8c66b95957b5','2026-09-10','10:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1789041600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5cbd-7b3c-b164-2b505f2a232f','019fdeab-5cb6-7203-8e88-8c66b95957b5','2026-09-17','10:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1789646400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5cc0-7a0c-a8b9-e7fab6f775c1','019fdeab-5cb6-7203-8e88-8c66b95957b5','2026-09-24','10:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790251200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5cc3-7215-ab65-c4d28d92acc2','019fdeab-5cb6-7203-8e88-8c66b95957b5','2026-10-01','10:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790856000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5cc6-78fe-a065-7a3db20fe87f','019fdeab-5cb6-7203-8e88-8c66b95957b5','2026-10-08','10:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791460800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5cc9-79d3-a251-d2bd841653fd','019fdeab-5cb6-7203-8e88-8c66b95957b5','2026-10-15','10:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792065600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ccc-7862-9818-71ae41408c61','019fdeab-5cb6-7203-8e88-8c66b95957b5','2026-10-22','10:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792670400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ccf-7cfe-b461-77eee90f5ad1','019fdeab-5cb6-7203-8e88-8c66b95957b5','2026-10-29','10:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793275200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5cd2-7b17-bccf-46687ec6933c','019fdeab-5cb6-7203-8e88-8c66b95957b5','2026-11-05','10:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793880000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5cd5-727e-aaae-ae6b94c1fb04','019fdeab-5cb6-7203-8e88-8c66b95957b5','2026-11-12','10:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794484800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5cd8-701a-ad8f-200cc8d10419','019fdeab-5cb6-7203-8e88-8c66b95957b5','2026-11-19','10:30',90,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1795089600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ced-78cb-a957-d0d37e304a27','019fdeab-5ce9-7035-892f-b8806df4df8a','2026-09-11','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1789120800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5cf0-7aa3-8973-fb3f9186525a','019fdeab-5ce9-7035-892f-b8806df4df8a','2026-09-18','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1789725600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5cf3-74cf-a00f-56cfa377be25','019fdeab-5ce9-7035-892f-b8806df4df8a','2026-09-25','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1790330400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5cf6-7675-a168-79d95a59f6d6','019fdeab-5ce9-7035-892f-b8806df4df8a','2026-10-02','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1790935200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5cf9-7aa1-b6a0-9c1f1a597c3f','019fdeab-5ce9-7035-892f-b8806df4df8a','2026-10-09','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791540000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5cfc-75bf-b777-0e92e19463ed','019fdeab-5ce9-7035-892f-b8806df4df8a','2026-10-16','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1792144800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5cff-723e-8b75-de540d5ddbdd','019fdeab-5ce9-7035-892f-b8806df4df8a','2026-10-23','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1792749600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d02-788c-807b-84b463f81f53','019fdeab-5ce9-7035-892f-b8806df4df8a','2026-10-30','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1793354400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d05-7b60-807b-ee6bddc7142c','019fdeab-5ce9-7035-892f-b8806df4df8a','2026-11-06','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1793959200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d08-77c8-b04c-6e866c72e394','019fdeab-5ce9-7035-892f-b8806df4df8a','2026-11-13','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1794564000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d0b-7bec-88da-6d58c471106d','019fdeab-5ce9-7035-892f-b8806df4df8a','2026-11-20','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1795168800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d1e-78f9-9bd8-60c0164d54c8','019fdeab-5d1b-79b5-af31-270e2f1c3742','2026-09-07','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1788775200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d20-7ead-b801-917c0fc6d400','019fdeab-5d1b-79b5-af31-270e2f1c3742','2026-09-14','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1789380000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d22-7d46-9cb5-08efc922166b','019fdeab-5d1b-79b5-af31-270e2f1c3742','2026-09-21','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1789984800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d24-732d-aa6a-64730326e9a8','019fdeab-5d1b-79b5-af31-270e2f1c3742','2026-09-28','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1790589600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d26-7d3d-8ba8-d54342cd03bc','019fdeab-5d1b-79b5-af31-270e2f1c3742','2026-10-05','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791194400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d28-7e68-a102-d7a73eaff3bb','019fdeab-5d1b-79b5-af31-270e2f1c3742','2026-10-12','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791799200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d2a-7df5-acd1-f8a21acc8187','019fdeab-5d1b-79b5-af31-270e2f1c3742','2026-10-19','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1792404000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d2c-7c81-826f-66a3281855f0','019fdeab-5d1b-79b5-af31-270e2f1c3742','2026-10-26','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1793008800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d2e-770c-83c0-704c0a0b121b','019fdeab-5d1b-79b5-af31-270e2f1c3742','2026-11-02','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1793613600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d30-7886-b5ad-6325a57c265e','019fdeab-5d1b-79b5-af31-270e2f1c3742','2026-11-09','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1794218400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d32-7dad-a60f-c87b35e4ab1a','019fdeab-5d1b-79b5-af31-270e2f1c3742','2026-11-16','08:30',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1794823200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d41-7724-bd05-aa4c7458b9c5','019fdeab-5d3e-70d4-8098-b244b61d2cd7','2026-09-08','15:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1788885000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d43-7fa0-a0f8-68028ccd0e24','019fdeab-5d3e-70d4-8098-b244b61d2cd7','2026-09-15','15:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1789489800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d45-767e-b6c3-6fe7c1585d6c','019fdeab-5d3e-70d4-8098-b244b61d2cd7','2026-09-22','15:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1790094600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d47-72cc-be38-82bd74f82231','019fdeab-5d3e-70d4-8098-b244b61d2cd7','2026-09-29','15:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1790699400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d49-72a2-9bb1-8a8374f14892','019fdeab-5d3e-70d4-8098-b244b61d2cd7','2026-10-06','15:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791304200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d4b-7c6b-b6bb-f94fe132aac1','019fdeab-5d3e-70d4-8098-b244b61d2cd7','2026-10-13','15:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791909000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d4d-7744-aa07-354b5c6c3aca','019fdeab-5d3e-70d4-8098-b244b61d2cd7','2026-10-20','15:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1792513800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d4f-7eb4-8efc-4f9d35ff5f58','019fdeab-5d3e-70d4-8098-b244b61d2cd7','2026-10-27','15:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1793118600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d51-7d92-8041-b1c03c586775','019fdeab-5d3e-70d4-8098-b244b61d2cd7','2026-11-03','15:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1793723400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d53-7dab-bb6e-686bbdb9f664','019fdeab-5d3e-70d4-8098-b244b61d2cd7','2026-11-10','15:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1794328200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d55-77b1-be2b-cb976eccb1d3','019fdeab-5d3e-70d4-8098-b244b61d2cd7','2026-11-17','15:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1794933000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d64-783b-8071-744525873e09','019fdeab-5d61-75dd-96b5-32d4215bc6a1','2026-09-09','13:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1788964200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d66-790e-9351-69253ead272e','019fdeab-5d61-75dd-96b5-32d4215bc6a1','2026-09-16','13:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1789569000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d68-773d-ae7e-d0e6b095011f','019fdeab-5d61-75dd-96b5-32d4215bc6a1','2026-09-23','13:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1790173800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d6a-7582-8686-ce06ca894a9e','019fdeab-5d61-75dd-96b5-32d4215bc6a1','2026-09-30','13:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1790778600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d6c-7c11-a6e0-2381c632930b','019fdeab-5d61-75dd-96b5-32d4215bc6a1','2026-10-07','13:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791383400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d6e-7bb0-90f3-6b84f81b86e2','019fdeab-5d61-75dd-96b5-32d4215bc6a1','2026-10-14','13:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791988200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d70-77c6-8512-9aa4937b2904','019fdeab-5d61-75dd-96b5-32d4215bc6a1','2026-10-21','13:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1792593000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d72-79b2-8eef-c9575306845a','019fdeab-5d61-75dd-96b5-32d4215bc6a1','2026-10-28','13:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1793197800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d74-7059-8709-49eb21883b29','019fdeab-5d61-75dd-96b5-32d4215bc6a1','2026-11-04','13:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1793802600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d76-7b38-97b8-79d53a9cfcfb','019fdeab-5d61-75dd-96b5-32d4215bc6a1','2026-11-11','13:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1794407400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d78-7ed9-bd7e-33ad570d2d95','019fdeab-5d61-75dd-96b5-32d4215bc6a1','2026-11-18','13:00',90,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1795012200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d88-7114-9e66-45211a59e7d9','019fdeab-5d85-7ded-86de-189d622a75b1','2026-09-10','10:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1789041600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d8a-730d-b48f-378fee8a9400','019fdeab-5d85-7ded-86de-189d622a75b1','2026-09-17','10:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1789646400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d8c-7ff9-aaf1-861282c898a3','019fdeab-5d85-7ded-86de-189d622a75b1','2026-09-24','10:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1790251200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d8e-78de-84c5-ca33c6a258f7','019fdeab-5d85-7ded-86de-189d622a75b1','2026-10-01','10:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1790856000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d90-78f5-b4ad-7e0b262c650b','019fdeab-5d85-7ded-86de-189d622a75b1','2026-10-08','10:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1791460800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d92-77b3-a41b-16807c2afc02','019fdeab-5d85-7ded-86de-189d622a75b1','2026-10-15','10:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1792065600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d94-70dd-ac8b-03c09e7b933b','019fdeab-5d85-7ded-86de-189d622a75b1','2026-10-22','10:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1792670400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d96-73a8-aa70-09190156f299','019fdeab-5d85-7ded-86de-189d622a75b1','2026-10-29','10:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1793275200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d98-7a18-9ae4-ac4e18d47c95','019fdeab-5d85-7ded-86de-189d622a75b1','2026-11-05','10:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1793880000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d9a-7df8-a796-a1f4d41df8cf','019fdeab-5d85-7ded-86de-189d622a75b1','2026-11-12','10:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1794484800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5d9c-7f66-8848-bc5eed5014ad','019fdeab-5d85-7ded-86de-189d622a75b1','2026-11-19','10:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1795089600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5dab-7a45-b86f-ce16c8c813f4','019fdeab-5da8-7272-ad20-d509fabf0bf0','2026-09-11','08:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1789120800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5dad-7bd8-b813-d8569c495490','019fdeab-5da8-7272-ad20-d509fabf0bf0','2026-09-18','08:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1789725600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5daf-772f-b26d-a17295727981','019fdeab-5da8-7272-ad20-d509fabf0bf0','2026-09-25','08:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1790330400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5db1-7de2-a73c-561092b9d082','019fdeab-5da8-7272-ad20-d509fabf0bf0','2026-10-02','08:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1790935200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5db3-72c9-93f7-21e594e8fdc3','019fdeab-5da8-7272-ad20-d509fabf0bf0','2026-10-09','08:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1791540000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5db5-7f29-8aaf-a0fc5a36ad65','019fdeab-5da8-7272-ad20-d509fabf0bf0','2026-10-16','08:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1792144800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5db7-714a-bf29-075bae5dca58','019fdeab-5da8-7272-ad20-d509fabf0bf0','2026-10-23','08:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1792749600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5db9-7224-80a0-fe322282f4b6','019fdeab-5da8-7272-ad20-d509fabf0bf0','2026-10-30','08:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1793354400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5dbb-7b21-815e-a390227b0732','019fdeab-5da8-7272-ad20-d509fabf0bf0','2026-11-06','08:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1793959200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5dbd-7f48-93dc-08eb750e8049','019fdeab-5da8-7272-ad20-d509fabf0bf0','2026-11-13','08:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1794564000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5dbf-761a-899b-6a30f770e59f','019fdeab-5da8-7272-ad20-d509fabf0bf0','2026-11-20','08:30',90,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1795168800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5dcf-7d33-b40e-aca2aef38df6','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','2026-09-07','08:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1788775200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5dd1-7ed4-839a-fee2fcef8c90','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','2026-09-14','08:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1789380000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5dd3-77b1-9995-932d8feef1a3','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','2026-09-21','08:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1789984800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5dd5-749f-93ab-b7fabb9e2216','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','2026-09-28','08:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1790589600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5dd7-7d86-973e-648ce1924e79','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','2026-10-05','08:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1791194400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5dd9-7850-b074-d4280fecd605','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','2026-10-12','08:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1791799200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ddb-741f-b9a5-71f07625679e','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','2026-10-19','08:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1792404000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5dde-7f02-a8f4-9bb562a8775c','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','2026-10-26','08:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1793008800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5de0-70a4-8542-97b13ea46fdc','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','2026-11-02','08:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1793613600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5de2-7603-8980-d3c166e1d4ee','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','2026-11-09','08:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1794218400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5de4-745a-ae46-5529590a51cb','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','2026-11-16','08:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1794823200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5df3-761e-9309-8412d7c7b8c2','019fdeab-5df0-78a4-bb91-e8de0ce3d343','2026-09-08','15:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1788885000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5df5-773d-8821-7e6438d1be3a','019fdeab-5df0-78a4-bb91-e8de0ce3d343','2026-09-15','15:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1789489800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5df7-7ffc-9131-0ff8642604a8','019fdeab-5df0-78a4-bb91-e8de0ce3d343','2026-09-22','15:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1790094600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5df9-78b4-ab2e-690ba184392c','019fdeab-5df0-78a4-bb91-e8de0ce3d343','2026-09-29','15:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1790699400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5dfb-73c7-b803-d8a6d9d7cf70','019fdeab-5df0-78a4-bb91-e8de0ce3d343','2026-10-06','15:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1791304200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5dfd-7396-ace3-b1e3a6e28708','019fdeab-5df0-78a4-bb91-e8de0ce3d343','2026-10-13','15:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1791909000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5dff-7fed-9b57-9eb6837f425e','019fdeab-5df0-78a4-bb91-e8de0ce3d343','2026-10-20','15:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1792513800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e01-7a23-8127-c6f671a7ffc8','019fdeab-5df0-78a4-bb91-e8de0ce3d343','2026-10-27','15:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1793118600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e03-7abb-8345-7c3474ce58c7','019fdeab-5df0-78a4-bb91-e8de0ce3d343','2026-11-03','15:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1793723400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e05-71f3-84f5-214fa8f5462d','019fdeab-5df0-78a4-bb91-e8de0ce3d343','2026-11-10','15:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1794328200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e07-75ee-a6bb-ff84ff644464','019fdeab-5df0-78a4-bb91-e8de0ce3d343','2026-11-17','15:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1794933000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e16-78a9-90c5-05eb9a4b4a68','019fdeab-5e13-78e5-92dd-0a18cf0b6843','2026-09-09','13:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1788964200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e18-70f5-aeb3-5cc08a946b21','019fdeab-5e13-78e5-92dd-0a18cf0b6843','2026-09-16','13:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1789569000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e1a-7b2e-8ecd-5f7e338d5588','019fdeab-5e13-78e5-92dd-0a18cf0b6843','2026-09-23','13:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1790173800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e1c-7288-8526-b83a40bc5b0b','019fdeab-5e13-78e5-92dd-0a18cf0b6843','2026-09-30','13:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1790778600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e1e-7dfb-92d8-9a4492153dc8','019fdeab-5e13-78e5-92dd-0a18cf0b6843','2026-10-07','13:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1791383400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e20-7e42-b51c-b34c63e984ea','019fdeab-5e13-78e5-92dd-0a18cf0b6843','2026-10-14','13:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1791988200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e22-779a-bb15-a2590405ea32','019fdeab-5e13-78e5-92dd-0a18cf0b6843','2026-10-21','13:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1792593000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e24-70d3-b0bd-2eb901fae7d1','019fdeab-5e13-78e5-92dd-0a18cf0b6843','2026-10-28','13:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1793197800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e26-71f1-8199-b4003e85eec1','019fdeab-5e13-78e5-92dd-0a18cf0b6843','2026-11-04','13:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1793802600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e28-785e-8d7c-7ada48cf77cb','019fdeab-5e13-78e5-92dd-0a18cf0b6843','2026-11-11','13:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1794407400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e2a-745c-8f78-056865446f2a','019fdeab-5e13-78e5-92dd-0a18cf0b6843','2026-11-18','13:00',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1795012200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e39-7de8-9a11-7f7ca20d77a2','019fdeab-5e36-7928-8aae-6e62bdddb6ab','2026-09-10','10:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1789041600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e3b-7114-bdee-247a1b6305d2','019fdeab-5e36-7928-8aae-6e62bdddb6ab','2026-09-17','10:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1789646400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e3d-7f2b-956d-b6847e7afb21','019fdeab-5e36-7928-8aae-6e62bdddb6ab','2026-09-24','10:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1790251200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e3f-76ee-9cb6-50673d58b7af','019fdeab-5e36-7928-8aae-6e62bdddb6ab','2026-10-01','10:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1790856000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e41-796e-b546-16186fd0e963','019fdeab-5e36-7928-8aae-6e62bdddb6ab','2026-10-08','10:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1791460800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e43-75f2-9c7c-6bf95f692af1','019fdeab-5e36-7928-8aae-6e62bdddb6ab','2026-10-15','10:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1792065600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e45-70bb-9bd7-f8a2e32bbd16','019fdeab-5e36-7928-8aae-6e62bdddb6ab','2026-10-22','10:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1792670400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e47-72f5-8cf0-4e457211c402','019fdeab-5e36-7928-8aae-6e62bdddb6ab','2026-10-29','10:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1793275200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e49-7f1b-8234-37840410ff0b','019fdeab-5e36-7928-8aae-6e62bdddb6ab','2026-11-05','10:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1793880000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e4b-7404-96f1-a94a13a9550a','019fdeab-5e36-7928-8aae-6e62bdddb6ab','2026-11-12','10:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1794484800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e4d-72ee-b462-0a29175f0990','019fdeab-5e36-7928-8aae-6e62bdddb6ab','2026-11-19','10:30',90,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1795089600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e5d-71cb-ae7f-2ff7d27b7d34','019fdeab-5e5a-7d3a-8026-5f23a82900a8','2026-09-11','08:30',90,'019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1789120800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e5f-7548-af22-083f9f62eb92','019fdeab-5e5a-7d3a-8026-5f23a82900a8','2026-09-18','08:30',90,'019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1789725600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e61-790a-be50-b754fb4a0e33','019fdeab-5e5a-7d3a-8026-5f23a82900a8','2026-09-25','08:30',90,'019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1790330400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e64-78ec-ac4a-52c18398ace4','019fdeab-5e5a-7d3a-8026-5f23a82900a8','2026-10-02','08:30',90,'019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1790935200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e66-7bc2-8ddd-1bd64d9b0cee','019fdeab-5e5a-7d3a-8026-5f23a82900a8','2026-10-09','08:30',90,'019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1791540000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e68-792f-b968-473be92726e7','019fdeab-5e5a-7d3a-8026-5f23a82900a8','2026-10-16','08:30',90,'019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1792144800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e6a-770a-807e-659f52be1367','019fdeab-5e5a-7d3a-8026-5f23a82900a8','2026-10-23','08:30',90,'019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1792749600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e6c-73ba-a3c8-f7b79fd98677','019fdeab-5e5a-7d3a-8026-5f23a82900a8','2026-10-30','08:30',90,'019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1793354400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e6e-77b5-a7f3-85e5c2530570','019fdeab-5e5a-7d3a-8026-5f23a82900a8','2026-11-06','08:30',90,'019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1793959200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e70-78fc-ab14-6a6c10454e23','019fdeab-5e5a-7d3a-8026-5f23a82900a8','2026-11-13','08:30',90,'019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1794564000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e72-71da-8d98-8aa2ae1d3631','019fdeab-5e5a-7d3a-8026-5f23a82900a8','2026-11-20','08:30',90,'019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1795168800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e82-79db-8203-bc247f8062f9','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','2026-09-07','08:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1788775200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e84-74ef-bbf5-d33f9cb9f219','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','2026-09-14','08:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1789380000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e87-726f-9996-3d46fd6793ad','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','2026-09-21','08:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1789984800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e89-7cdf-8c95-d87257ab9830','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','2026-09-28','08:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1790589600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e8b-73ab-b1bb-8a98a5484cad','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','2026-10-05','08:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1791194400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e8d-7280-b0b3-603717f812ef','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','2026-10-12','08:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1791799200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e8f-7a47-830b-eddc6200dc4f','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','2026-10-19','08:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1792404000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e91-7d98-b1b3-ec5c82ccb4c0','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','2026-10-26','08:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1793008800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e93-75cd-aad2-4a468348df4e','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','2026-11-02','08:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1793613600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e95-7340-8530-d755ae7fe346','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','2026-11-09','08:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1794218400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5e97-70f2-810c-b5d0a7471269','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','2026-11-16','08:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1794823200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ea6-7bb2-a82b-5db1689e3eed','019fdeab-5ea3-7f1e-8e18-8d020619f927','2026-09-08','15:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1788885000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ea8-7803-837a-b74b87cbac19','019fdeab-5ea3-7f1e-8e18-8d020619f927','2026-09-15','15:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1789489800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5eaa-78e6-ac24-8cf5c671b1ba','019fdeab-5ea3-7f1e-8e18-8d020619f927','2026-09-22','15:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1790094600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5eac-7da3-9682-a6894260afb7','019fdeab-5ea3-7f1e-8e18-8d020619f927','2026-09-29','15:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1790699400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5eae-70e8-ac52-3186032d3c3c','019fdeab-5ea3-7f1e-8e18-8d020619f927','2026-10-06','15:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1791304200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5eb0-7646-8f29-2a31463214ae','019fdeab-5ea3-7f1e-8e18-8d020619f927','2026-10-13','15:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1791909000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5eb2-7804-92f4-2fd85cb9f614','019fdeab-5ea3-7f1e-8e18-8d020619f927','2026-10-20','15:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1792513800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5eb4-7454-a25d-4211f8ad38a2','019fdeab-5ea3-7f1e-8e18-8d020619f927','2026-10-27','15:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1793118600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5eb6-70f5-8898-9b2941789e54','019fdeab-5ea3-7f1e-8e18-8d020619f927','2026-11-03','15:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1793723400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5eb8-73cf-b9a7-6b5bc5679356','019fdeab-5ea3-7f1e-8e18-8d020619f927','2026-11-10','15:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1794328200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5eba-7582-b4c4-8116133120d0','019fdeab-5ea3-7f1e-8e18-8d020619f927','2026-11-17','15:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1794933000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ec9-7b8e-8009-0f7384b5e15b','019fdeab-5ec6-7693-8ebe-613261bdc671','2026-09-09','13:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1788964200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ecb-7569-b855-7a6cfedfdd82','019fdeab-5ec6-7693-8ebe-613261bdc671','2026-09-16','13:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1789569000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ecd-77fc-b56e-83d7d0e2dc1d','019fdeab-5ec6-7693-8ebe-613261bdc671','2026-09-23','13:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1790173800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ecf-726a-878b-fbf44a3a4006','019fdeab-5ec6-7693-8ebe-613261bdc671','2026-09-30','13:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1790778600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ed1-7307-911c-11301ed01c4f','019fdeab-5ec6-7693-8ebe-613261bdc671','2026-10-07','13:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1791383400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ed3-7dc9-a3e2-298810abe909','019fdeab-5ec6-7693-8ebe-613261bdc671','2026-10-14','13:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1791988200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ed5-71bc-9604-2904540580d6','019fdeab-5ec6-7693-8ebe-613261bdc671','2026-10-21','13:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1792593000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ed7-70c3-ba8e-1d05af1b951c','019fdeab-5ec6-7693-8ebe-613261bdc671','2026-10-28','13:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1793197800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ed9-721f-b960-9b6b23a87054','019fdeab-5ec6-7693-8ebe-613261bdc671','2026-11-04','13:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1793802600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5edb-7a2b-bee0-5926aacd7ae8','019fdeab-5ec6-7693-8ebe-613261bdc671','2026-11-11','13:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1794407400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5edd-79e4-b8c4-1bc22ed52389','019fdeab-5ec6-7693-8ebe-613261bdc671','2026-11-18','13:00',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1795012200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5eec-76b8-8ac1-0e8bb246c796','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','2026-09-10','10:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1789041600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5eee-759d-b161-2570872763b2','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','2026-09-17','10:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1789646400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ef0-7479-82fc-9d067414d604','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','2026-09-24','10:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1790251200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ef2-7ae9-a859-97ce573a01f0','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','2026-10-01','10:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1790856000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ef4-7f31-a3c1-5df6a8a9e93f','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','2026-10-08','10:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1791460800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ef6-76fb-8b86-451c6e14f3fe','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','2026-10-15','10:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1792065600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ef8-752b-8f8f-5b7efe98f471','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','2026-10-22','10:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1792670400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5efa-723a-8a27-c2179bb1d4e5','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','2026-10-29','10:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1793275200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5efc-720d-8de7-4176c9d4566a','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','2026-11-05','10:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1793880000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5efe-7cc6-b353-23d4d64c925f','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','2026-11-12','10:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1794484800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f00-7ed4-b9e1-fc4296f2e27e','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','2026-11-19','10:30',90,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1795089600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f10-760e-a8e8-6a560378cd27','019fdeab-5f0d-75d0-98e5-47b14a49669f','2026-09-11','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1789120800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f12-7653-bef7-2fd7eba540e8','019fdeab-5f0d-75d0-98e5-47b14a49669f','2026-09-18','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1789725600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f14-7f64-b2f3-ecc692880102','019fdeab-5f0d-75d0-98e5-47b14a49669f','2026-09-25','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1790330400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f16-74ca-9e05-626247534801','019fdeab-5f0d-75d0-98e5-47b14a49669f','2026-10-02','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1790935200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f18-79c2-a84d-3f292df6ab59','019fdeab-5f0d-75d0-98e5-47b14a49669f','2026-10-09','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1791540000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f1a-7308-b416-c94b5dfe3c1b','019fdeab-5f0d-75d0-98e5-47b14a49669f','2026-10-16','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1792144800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f1c-7777-b8a7-3d20775485e0','019fdeab-5f0d-75d0-98e5-47b14a49669f','2026-10-23','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1792749600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f1e-7b66-a29b-8956c5f4c6e8','019fdeab-5f0d-75d0-98e5-47b14a49669f','2026-10-30','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1793354400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f20-775a-9dd4-e8aa2b0662f5','019fdeab-5f0d-75d0-98e5-47b14a49669f','2026-11-06','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1793959200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f22-7345-8dbb-67deb8c07473','019fdeab-5f0d-75d0-98e5-47b14a49669f','2026-11-13','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1794564000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f24-7dd6-9cd9-7b80e18cebbb','019fdeab-5f0d-75d0-98e5-47b14a49669f','2026-11-20','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1795168800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f33-7a76-9014-b4370854073f','019fdeab-5f30-7141-aaa0-39d903ee1827','2026-09-07','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1788775200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f35-7d44-872c-f6b1e7fcd5ac','019fdeab-5f30-7141-aaa0-39d903ee1827','2026-09-14','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1789380000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f37-7bcb-bec7-243185e44c44','019fdeab-5f30-7141-aaa0-39d903ee1827','2026-09-21','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1789984800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f39-73dd-80ae-c106563a452c','019fdeab-5f30-7141-aaa0-39d903ee1827','2026-09-28','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1790589600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f3b-7ed2-a5ac-c0dd0250f7d4','019fdeab-5f30-7141-aaa0-39d903ee1827','2026-10-05','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1791194400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f3d-7eac-9306-f6fa4682e834','019fdeab-5f30-7141-aaa0-39d903ee1827','2026-10-12','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1791799200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f3f-79d3-a840-98e0ce121458','019fdeab-5f30-7141-aaa0-39d903ee1827','2026-10-19','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1792404000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f41-7b96-84fc-854ecc8e2dad','019fdeab-5f30-7141-aaa0-39d903ee1827','2026-10-26','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1793008800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f43-7b56-8eb1-915d97a7d5b4','019fdeab-5f30-7141-aaa0-39d903ee1827','2026-11-02','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1793613600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f45-7de1-ba58-ecaa594312b2','019fdeab-5f30-7141-aaa0-39d903ee1827','2026-11-09','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1794218400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f47-7453-934e-477311e87899','019fdeab-5f30-7141-aaa0-39d903ee1827','2026-11-16','08:30',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1794823200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f56-711f-a754-d9d5e49f61cc','019fdeab-5f53-7467-a9a2-dc291ed34fa4','2026-09-08','15:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1788885000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f58-79ec-a6b5-e766d16f1d79','019fdeab-5f53-7467-a9a2-dc291ed34fa4','2026-09-15','15:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1789489800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f5a-74e1-adcb-a0804974179d','019fdeab-5f53-7467-a9a2-dc291ed34fa4','2026-09-22','15:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1790094600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f5c-767a-aebb-c9e4d95ae6f8','019fdeab-5f53-7467-a9a2-dc291ed34fa4','2026-09-29','15:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1790699400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f5e-71a7-96e8-4c90f76aa837','019fdeab-5f53-7467-a9a2-dc291ed34fa4','2026-10-06','15:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1791304200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f60-7a4e-a8ff-b02d814c77c9','019fdeab-5f53-7467-a9a2-dc291ed34fa4','2026-10-13','15:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1791909000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f62-70b1-b254-21550b19fa23','019fdeab-5f53-7467-a9a2-dc291ed34fa4','2026-10-20','15:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1792513800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f64-7827-a841-3d22da62cc2f','019fdeab-5f53-7467-a9a2-dc291ed34fa4','2026-10-27','15:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1793118600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f66-711c-82b4-1f8f8aacd58f','019fdeab-5f53-7467-a9a2-dc291ed34fa4','2026-11-03','15:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1793723400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f68-7c84-bd02-724d5e4851e6','019fdeab-5f53-7467-a9a2-dc291ed34fa4','2026-11-10','15:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1794328200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f6a-7030-b82d-74b6f0437a51','019fdeab-5f53-7467-a9a2-dc291ed34fa4','2026-11-17','15:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1794933000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f79-7d2c-9ad1-15cd351e53d5','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','2026-09-09','13:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1788964200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f7b-7713-af2b-070148ed8860','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','2026-09-16','13:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1789569000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f7d-77ef-9c13-e06740da645f','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','2026-09-23','13:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1790173800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f7f-71a8-8883-d3501bda2076','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','2026-09-30','13:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1790778600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f81-71b9-849e-6ca809a5c9f7','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','2026-10-07','13:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1791383400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f83-7127-9167-547c4bb8e73e','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','2026-10-14','13:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1791988200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f85-79d6-bbfa-0a6f1d9a90b2','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','2026-10-21','13:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1792593000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f87-7060-9ed6-c3b6e6b9954e','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','2026-10-28','13:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1793197800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f89-7e61-bd4d-d3c21cea001a','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','2026-11-04','13:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1793802600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f8b-7f10-92f7-73c118fc7a45','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','2026-11-11','13:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1794407400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f8d-7701-be45-782c9599cd22','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','2026-11-18','13:00',90,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1795012200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f9d-7a79-b102-e8343337ad76','019fdeab-5f9a-728a-8095-cd8e89862c31','2026-09-10','10:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1789041600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5f9f-7ac6-850c-aacdda74ef1b','019fdeab-5f9a-728a-8095-cd8e89862c31','2026-09-17','10:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1789646400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fa1-7d6e-bacf-86445429d167','019fdeab-5f9a-728a-8095-cd8e89862c31','2026-09-24','10:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1790251200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fa3-7379-aaa2-36a310e14bb1','019fdeab-5f9a-728a-8095-cd8e89862c31','2026-10-01','10:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1790856000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fa5-78c7-b329-b9b9c7337dab','019fdeab-5f9a-728a-8095-cd8e89862c31','2026-10-08','10:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1791460800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fa7-7b9c-8c27-bf83735cc9e6','019fdeab-5f9a-728a-8095-cd8e89862c31','2026-10-15','10:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1792065600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fa9-7073-bdbe-3b84aeae7563','019fdeab-5f9a-728a-8095-cd8e89862c31','2026-10-22','10:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1792670400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fab-7f5e-b031-70d393e160d4','019fdeab-5f9a-728a-8095-cd8e89862c31','2026-10-29','10:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1793275200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fad-7114-b05a-9f42136a5098','019fdeab-5f9a-728a-8095-cd8e89862c31','2026-11-05','10:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1793880000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5faf-7bd0-afb0-8c41ac93f892','019fdeab-5f9a-728a-8095-cd8e89862c31','2026-11-12','10:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1794484800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fb1-7f54-b7ea-5c1547866394','019fdeab-5f9a-728a-8095-cd8e89862c31','2026-11-19','10:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1795089600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fc0-7d84-989b-1a2983a9ba38','019fdeab-5fbd-7b75-ba22-7b391c1906a7','2026-09-11','08:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1789120800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fc2-74a1-b176-acebef2b8fd2','019fdeab-5fbd-7b75-ba22-7b391c1906a7','2026-09-18','08:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1789725600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fc4-7f5e-8b64-c65028842705','019fdeab-5fbd-7b75-ba22-7b391c1906a7','2026-09-25','08:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1790330400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fc6-7d83-af63-c67db173c8b5','019fdeab-5fbd-7b75-ba22-7b391c1906a7','2026-10-02','08:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1790935200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fc8-79ee-a099-fd75c6c7facd','019fdeab-5fbd-7b75-ba22-7b391c1906a7','2026-10-09','08:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1791540000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fca-7cca-9664-e41e00cdad13','019fdeab-5fbd-7b75-ba22-7b391c1906a7','2026-10-16','08:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1792144800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fcc-71eb-bf8f-0f5bdb8c6ae7','019fdeab-5fbd-7b75-ba22-7b391c1906a7','2026-10-23','08:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1792749600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fce-70bb-b1ef-9a506b7f8d17','019fdeab-5fbd-7b75-ba22-7b391c1906a7','2026-10-30','08:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1793354400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fd0-7d3a-9e5e-17410c5ce622','019fdeab-5fbd-7b75-ba22-7b391c1906a7','2026-11-06','08:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1793959200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fd2-7c51-bab9-b518114ae83a','019fdeab-5fbd-7b75-ba22-7b391c1906a7','2026-11-13','08:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1794564000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fd4-7d7f-a25e-2cb9a05f6b57','019fdeab-5fbd-7b75-ba22-7b391c1906a7','2026-11-20','08:30',90,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1795168800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fe4-7ec9-9a9b-546f4003f937','019fdeab-5fe1-7df6-8ab7-be3390bba08a','2026-09-07','08:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1788775200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fe6-757a-ba60-de30d04fbc04','019fdeab-5fe1-7df6-8ab7-be3390bba08a','2026-09-14','08:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1789380000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fe8-7173-bc46-4c87d6b45455','019fdeab-5fe1-7df6-8ab7-be3390bba08a','2026-09-21','08:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1789984800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fea-79c3-95ba-3f3740f8420f','019fdeab-5fe1-7df6-8ab7-be3390bba08a','2026-09-28','08:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1790589600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fec-7875-bc3f-00fd21effddf','019fdeab-5fe1-7df6-8ab7-be3390bba08a','2026-10-05','08:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1791194400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5fee-7bb8-991d-4ba753816413','019fdeab-5fe1-7df6-8ab7-be3390bba08a','2026-10-12','08:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1791799200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ff0-7c29-a05f-e3bba70145f5','019fdeab-5fe1-7df6-8ab7-be3390bba08a','2026-10-19','08:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1792404000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ff2-76c5-b3d1-b925aa254fb4','019fdeab-5fe1-7df6-8ab7-be3390bba08a','2026-10-26','08:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1793008800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ff4-7391-be6e-ed5a76a0bf73','019fdeab-5fe1-7df6-8ab7-be3390bba08a','2026-11-02','08:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1793613600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ff6-743b-92a2-b6dcb56d314f','019fdeab-5fe1-7df6-8ab7-be3390bba08a','2026-11-09','08:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1794218400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-5ff8-7d6f-934d-d684ac6fd6c6','019fdeab-5fe1-7df6-8ab7-be3390bba08a','2026-11-16','08:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1794823200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6007-7896-ad10-c89f8bcd7d5c','019fdeab-6004-753f-a22c-053d4c55f569','2026-09-08','15:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1788885000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6009-7e60-9f54-eb840718229a','019fdeab-6004-753f-a22c-053d4c55f569','2026-09-15','15:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1789489800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-600b-71f0-8714-86129bdabb1c','019fdeab-6004-753f-a22c-053d4c55f569','2026-09-22','15:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1790094600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-600d-7ff3-9b92-614abc39d30a','019fdeab-6004-753f-a22c-053d4c55f569','2026-09-29','15:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1790699400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-600f-747e-869e-875928f4df99','019fdeab-6004-753f-a22c-053d4c55f569','2026-10-06','15:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1791304200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6011-7e0f-9202-18b0878861ec','019fdeab-6004-753f-a22c-053d4c55f569','2026-10-13','15:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1791909000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6013-730f-8444-63ac5f6f0492','019fdeab-6004-753f-a22c-053d4c55f569','2026-10-20','15:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1792513800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6015-7533-99d6-8ca37b029ea8','019fdeab-6004-753f-a22c-053d4c55f569','2026-10-27','15:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1793118600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6017-7a11-8cdb-c4d5a5d284cf','019fdeab-6004-753f-a22c-053d4c55f569','2026-11-03','15:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1793723400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6019-7a37-ad3f-1de3f71e38ab','019fdeab-6004-753f-a22c-053d4c55f569','2026-11-10','15:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1794328200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-601b-77ce-9b68-baba58809fa9','019fdeab-6004-753f-a22c-053d4c55f569','2026-11-17','15:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1794933000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-602a-73e1-a850-1362e42c7830','019fdeab-6027-7939-bde4-a3d978a382c1','2026-09-09','13:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1788964200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-602c-73b2-b827-c1c9fcb7ad29','019fdeab-6027-7939-bde4-a3d978a382c1','2026-09-16','13:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1789569000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-602e-72ee-b756-f4cfdf3536f2','019fdeab-6027-7939-bde4-a3d978a382c1','2026-09-23','13:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1790173800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6030-7c62-9339-86243c9ccc4d','019fdeab-6027-7939-bde4-a3d978a382c1','2026-09-30','13:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1790778600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6032-70c6-9951-140ba6be661c','019fdeab-6027-7939-bde4-a3d978a382c1','2026-10-07','13:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1791383400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6034-7a71-b557-b110be249dab','019fdeab-6027-7939-bde4-a3d978a382c1','2026-10-14','13:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1791988200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6036-7164-9483-62566a6120e0','019fdeab-6027-7939-bde4-a3d978a382c1','2026-10-21','13:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1792593000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6038-736e-8735-4eb1e5d8a1a8','019fdeab-6027-7939-bde4-a3d978a382c1','2026-10-28','13:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1793197800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-603a-74d7-90f8-13739bd81186','019fdeab-6027-7939-bde4-a3d978a382c1','2026-11-04','13:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1793802600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-603c-73b8-bf58-bf9063620af0','019fdeab-6027-7939-bde4-a3d978a382c1','2026-11-11','13:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1794407400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-603e-7fe3-8270-b1fdf60dee12','019fdeab-6027-7939-bde4-a3d978a382c1','2026-11-18','13:00',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1795012200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-604d-7e39-8027-5ed2bdbc6b9a','019fdeab-604a-70f8-a45a-7723c702bf65','2026-09-10','10:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1789041600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-604f-75ff-adf1-c5920669972e','019fdeab-604a-70f8-a45a-7723c702bf65','2026-09-17','10:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1789646400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6051-718c-8482-df967018bcea','019fdeab-604a-70f8-a45a-7723c702bf65','2026-09-24','10:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1790251200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6053-7a48-9c42-de841e87e920','019fdeab-604a-70f8-a45a-7723c702bf65','2026-10-01','10:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1790856000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6055-7e0d-a495-30ba293aa59c','019fdeab-604a-70f8-a45a-7723c702bf65','2026-10-08','10:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1791460800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6057-77f1-bdf1-4c4d759bd404','019fdeab-604a-70f8-a45a-7723c702bf65','2026-10-15','10:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1792065600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6059-7af9-aeb5-989ccfc8ccb9','019fdeab-604a-70f8-a45a-7723c702bf65','2026-10-22','10:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1792670400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-605b-78c5-9221-2c158bae324d','019fdeab-604a-70f8-a45a-7723c702bf65','2026-10-29','10:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1793275200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-605d-7030-bac1-4ee755e99435','019fdeab-604a-70f8-a45a-7723c702bf65','2026-11-05','10:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1793880000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-605f-7a41-b346-52c57be19e2d','019fdeab-604a-70f8-a45a-7723c702bf65','2026-11-12','10:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1794484800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6061-7c2b-89b9-f3b1159a80bc','019fdeab-604a-70f8-a45a-7723c702bf65','2026-11-19','10:30',90,'019fdeab-5fe0-768b-ae08-59b9dad84215',1795089600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6071-712b-a49b-ae2c5320a366','019fdeab-606e-7167-8fc9-f715d079d47e','2026-09-11','08:30',90,'019fdeab-606d-7674-91bd-c8377c62469c',1789120800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6073-773b-8dcf-69fc17a06027','019fdeab-606e-7167-8fc9-f715d079d47e','2026-09-18','08:30',90,'019fdeab-606d-7674-91bd-c8377c62469c',1789725600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6075-722a-894b-9ffb067f9bdb','019fdeab-606e-7167-8fc9-f715d079d47e','2026-09-25','08:30',90,'019fdeab-606d-7674-91bd-c8377c62469c',1790330400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6077-7231-be8c-f92bb73c2303','019fdeab-606e-7167-8fc9-f715d079d47e','2026-10-02','08:30',90,'019fdeab-606d-7674-91bd-c8377c62469c',1790935200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6079-771f-ac57-e0d1932144ca','019fdeab-606e-7167-8fc9-f715d079d47e','2026-10-09','08:30',90,'019fdeab-606d-7674-91bd-c8377c62469c',1791540000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-607b-7261-81f5-84eeef11f226','019fdeab-606e-7167-8fc9-f715d079d47e','2026-10-16','08:30',90,'019fdeab-606d-7674-91bd-c8377c62469c',1792144800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-607d-7d54-a2d8-81eb50186f2e','019fdeab-606e-7167-8fc9-f715d079d47e','2026-10-23','08:30',90,'019fdeab-606d-7674-91bd-c8377c62469c',1792749600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-607f-740e-a88a-64493a7a7ced','019fdeab-606e-7167-8fc9-f715d079d47e','2026-10-30','08:30',90,'019fdeab-606d-7674-91bd-c8377c62469c',1793354400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6081-7ae8-853a-29c8b54c34c9','019fdeab-606e-7167-8fc9-f715d079d47e','2026-11-06','08:30',90,'019fdeab-606d-7674-91bd-c8377c62469c',1793959200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6083-7f71-b93a-f14ee51e28b2','019fdeab-606e-7167-8fc9-f715d079d47e','2026-11-13','08:30',90,'019fdeab-606d-7674-91bd-c8377c62469c',1794564000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6085-7ecd-8f4a-6fa34d072198','019fdeab-606e-7167-8fc9-f715d079d47e','2026-11-20','08:30',90,'019fdeab-606d-7674-91bd-c8377c62469c',1795168800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6096-71f0-a0ed-18f8f011b029','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','2026-09-07','08:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1788775200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6099-7c7e-871d-db44b2c36769','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','2026-09-14','08:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1789380000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-609c-707a-96ce-40a081647d2b','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','2026-09-21','08:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1789984800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-609f-7b83-aa4b-99005f7bc6a7','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','2026-09-28','08:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790589600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60a2-7f4c-845e-158e47fe2a7b','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','2026-10-05','08:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791194400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60a5-79a4-92ed-b641f5cec3c9','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','2026-10-12','08:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791799200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60a8-7b63-bc25-684dcbe6f01c','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','2026-10-19','08:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792404000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60ab-723f-8f3d-20f0272ba1b3','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','2026-10-26','08:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793008800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60ae-7a1b-923a-669bcdfbd235','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','2026-11-02','08:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793613600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60b1-7ac6-a80d-55ddfe2d5448','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','2026-11-09','08:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794218400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60b4-753e-acfd-2304cfad9c03','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','2026-11-16','08:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794823200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60c8-78f5-a560-837605298393','019fdeab-60c4-7c19-b4e2-44551889761e','2026-09-08','15:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1788885000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60cb-7875-9e17-cd968261acdb','019fdeab-60c4-7c19-b4e2-44551889761e','2026-09-15','15:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1789489800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60ce-7c67-bb5c-a5bd1c0db8b5','019fdeab-60c4-7c19-b4e2-44551889761e','2026-09-22','15:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790094600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60d1-7270-a18b-28b6f32bf1a7','019fdeab-60c4-7c19-b4e2-44551889761e','2026-09-29','15:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790699400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60d4-7965-8aef-36f3ba841c7b','019fdeab-60c4-7c19-b4e2-44551889761e','2026-10-06','15:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791304200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60d7-7925-acc9-c2c47743421c','019fdeab-60c4-7c19-b4e2-44551889761e','2026-10-13','15:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791909000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60da-7028-bacd-98304a755542','019fdeab-60c4-7c19-b4e2-44551889761e','2026-10-20','15:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792513800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60dd-7dba-bd21-38e20f819a70','019fdeab-60c4-7c19-b4e2-44551889761e','2026-10-27','15:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793118600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60e0-7e91-83e6-eb863020098a','019fdeab-60c4-7c19-b4e2-44551889761e','2026-11-03','15:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793723400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60e3-7fba-b30f-ece0eb2b18bc','019fdeab-60c4-7c19-b4e2-44551889761e','2026-11-10','15:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794328200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60e6-7b8e-932f-6c69147636b7','019fdeab-60c4-7c19-b4e2-44551889761e','2026-11-17','15:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794933000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60fa-7a95-acbd-43884160e540','019fdeab-60f6-7490-93c3-37391974362d','2026-09-09','13:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1788964200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-60fd-7918-8e7b-cc85fa56eecc','019fdeab-60f6-7490-93c3-37391974362d','2026-09-16','13:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1789569000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6100-70de-a364-65ac2ba0309d','019fdeab-60f6-7490-93c3-37391974362d','2026-09-23','13:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790173800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6103-77c8-a631-119ee8fbe1f6','019fdeab-60f6-7490-93c3-37391974362d','2026-09-30','13:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790778600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6106-7c5b-a5fb-919983e1b4e4','019fdeab-60f6-7490-93c3-37391974362d','2026-10-07','13:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791383400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6109-7181-b5d9-0194881c334f','019fdeab-60f6-7490-93c3-37391974362d','2026-10-14','13:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791988200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-610c-7097-87a7-9c631417c8f9','019fdeab-60f6-7490-93c3-37391974362d','2026-10-21','13:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792593000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-610f-7142-b6aa-a782a083d315','019fdeab-60f6-7490-93c3-37391974362d','2026-10-28','13:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793197800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6112-7f9b-8794-d79ee5929a7f','019fdeab-60f6-7490-93c3-37391974362d','2026-11-04','13:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793802600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6115-7a7a-8130-b5fa458ebd45','019fdeab-60f6-7490-93c3-37391974362d','2026-11-11','13:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794407400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6118-7620-84d2-fd7586017cc9','019fdeab-60f6-7490-93c3-37391974362d','2026-11-18','13:00',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1795012200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-612c-7163-b093-9334528d920e','019fdeab-6128-71d3-9cc9-53278c5389c1','2026-09-10','10:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1789041600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-612f-7db6-af77-4b96932aeae3','019fdeab-6128-71d3-9cc9-53278c5389c1','2026-09-17','10:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1789646400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6132-73fc-b9b7-f4723a24ed3f','019fdeab-6128-71d3-9cc9-53278c5389c1','2026-09-24','10:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790251200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6135-79f2-befa-216d47d97214','019fdeab-6128-71d3-9cc9-53278c5389c1','2026-10-01','10:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790856000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6138-7bb1-bd4b-4363928ca633','019fdeab-6128-71d3-9cc9-53278c5389c1','2026-10-08','10:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791460800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-613b-76bc-9d01-711623824a94','019fdeab-6128-71d3-9cc9-53278c5389c1','2026-10-15','10:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792065600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-613e-7654-8a60-3a25f09a1982','019fdeab-6128-71d3-9cc9-53278c5389c1','2026-10-22','10:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792670400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6141-779e-b6fd-81dd18465620','019fdeab-6128-71d3-9cc9-53278c5389c1','2026-10-29','10:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793275200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6144-7b47-9cd1-940b4045e477','019fdeab-6128-71d3-9cc9-53278c5389c1','2026-11-05','10:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793880000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6147-76b3-9cff-0f0b42548870','019fdeab-6128-71d3-9cc9-53278c5389c1','2026-11-12','10:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794484800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-614a-7517-8a7e-54124e95213b','019fdeab-6128-71d3-9cc9-53278c5389c1','2026-11-19','10:30',90,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1795089600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-615f-7c4e-9f83-93407ddfe10c','019fdeab-615b-7417-8368-69222eb2e95d','2026-09-11','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1789120800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6162-7d04-a7ec-1af1ae3e1b4a','019fdeab-615b-7417-8368-69222eb2e95d','2026-09-18','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1789725600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6165-7f66-bc5f-3d3d0123b982','019fdeab-615b-7417-8368-69222eb2e95d','2026-09-25','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1790330400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6168-7486-a586-eba0742c3a91','019fdeab-615b-7417-8368-69222eb2e95d','2026-10-02','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1790935200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-616b-72c3-846b-8e64bd040f17','019fdeab-615b-7417-8368-69222eb2e95d','2026-10-09','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1791540000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-616e-7ab9-a990-38d96107e0f3','019fdeab-615b-7417-8368-69222eb2e95d','2026-10-16','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1792144800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6171-74c4-921e-2801c3bf6bea','019fdeab-615b-7417-8368-69222eb2e95d','2026-10-23','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1792749600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6174-708a-9609-4d3ca2c86674','019fdeab-615b-7417-8368-69222eb2e95d','2026-10-30','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1793354400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6177-7536-bc33-348652280303','019fdeab-615b-7417-8368-69222eb2e95d','2026-11-06','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1793959200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-617a-7580-b67e-725978b874a8','019fdeab-615b-7417-8368-69222eb2e95d','2026-11-13','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1794564000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-617d-7400-981b-87e59aed24e3','019fdeab-615b-7417-8368-69222eb2e95d','2026-11-20','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1795168800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6190-71ce-9c8e-d7c67a1f5d3d','019fdeab-618d-710c-b36b-98bf7ba756c2','2026-09-07','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1788775200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6192-71a2-aa3d-fc241f372084','019fdeab-618d-710c-b36b-98bf7ba756c2','2026-09-14','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1789380000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6194-7862-b12d-a0f9a6b8f07d','019fdeab-618d-710c-b36b-98bf7ba756c2','2026-09-21','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1789984800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6196-741a-a243-8d2e54e9a082','019fdeab-618d-710c-b36b-98bf7ba756c2','2026-09-28','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1790589600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6198-73b9-87f8-dd33270af475','019fdeab-618d-710c-b36b-98bf7ba756c2','2026-10-05','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1791194400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-619a-73f8-afdb-011bbb5222f1','019fdeab-618d-710c-b36b-98bf7ba756c2','2026-10-12','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1791799200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-619c-7baf-be17-d99de71682f7','019fdeab-618d-710c-b36b-98bf7ba756c2','2026-10-19','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1792404000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-619e-76af-823d-7de25e332762','019fdeab-618d-710c-b36b-98bf7ba756c2','2026-10-26','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1793008800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61a0-7089-9e9a-717881fde476','019fdeab-618d-710c-b36b-98bf7ba756c2','2026-11-02','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1793613600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61a2-7380-b40c-104d5fb36038','019fdeab-618d-710c-b36b-98bf7ba756c2','2026-11-09','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1794218400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61a4-78b0-8a5e-d574140b39e7','019fdeab-618d-710c-b36b-98bf7ba756c2','2026-11-16','08:30',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1794823200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61b3-7886-a7f6-2076924effab','019fdeab-61b0-7817-ad08-82f390b202b9','2026-09-08','15:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1788885000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61b5-7b3a-ad6e-06a02e6ee50b','019fdeab-61b0-7817-ad08-82f390b202b9','2026-09-15','15:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1789489800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61b7-79ea-83c4-99793bd593d7','019fdeab-61b0-7817-ad08-82f390b202b9','2026-09-22','15:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1790094600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61b9-7fce-ade4-ae18e9a75772','019fdeab-61b0-7817-ad08-82f390b202b9','2026-09-29','15:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1790699400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61bb-7c9d-bfb5-eceffa7f808c','019fdeab-61b0-7817-ad08-82f390b202b9','2026-10-06','15:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1791304200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61bd-7ef9-bff3-2c5a3e821436','019fdeab-61b0-7817-ad08-82f390b202b9','2026-10-13','15:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1791909000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61bf-73dc-8ee9-e899719e3043','019fdeab-61b0-7817-ad08-82f390b202b9','2026-10-20','15:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1792513800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61c1-7ed4-853c-b2a86ff33ea9','019fdeab-61b0-7817-ad08-82f390b202b9','2026-10-27','15:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1793118600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61c3-72ff-9027-caf88bc198dc','019fdeab-61b0-7817-ad08-82f390b202b9','2026-11-03','15:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1793723400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61c5-7ae2-97a7-2ba72bdde469','019fdeab-61b0-7817-ad08-82f390b202b9','2026-11-10','15:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1794328200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61c7-7066-af96-e37e56bcc2c1','019fdeab-61b0-7817-ad08-82f390b202b9','2026-11-17','15:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1794933000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61d6-7b8b-9cf4-e8ca79408e56','019fdeab-61d3-7737-9caa-30ca7fe20ea4','2026-09-09','13:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1788964200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61d8-76d4-afd4-feb19cb73787','019fdeab-61d3-7737-9caa-30ca7fe20ea4','2026-09-16','13:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1789569000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61da-7b43-86ba-105e9b69c7bf','019fdeab-61d3-7737-9caa-30ca7fe20ea4','2026-09-23','13:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1790173800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61dc-7eb9-ba78-673bdba4d083','019fdeab-61d3-7737-9caa-30ca7fe20ea4','2026-09-30','13:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1790778600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61de-79b4-8a60-e82df5ed1910','019fdeab-61d3-7737-9caa-30ca7fe20ea4','2026-10-07','13:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1791383400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61e0-76f5-ba12-9e4ece6c8b8f','019fdeab-61d3-7737-9caa-30ca7fe20ea4','2026-10-14','13:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1791988200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61e2-7794-ba7c-bd918a9a8da6','019fdeab-61d3-7737-9caa-30ca7fe20ea4','2026-10-21','13:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1792593000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61e4-7b3e-892e-f092a2bba727','019fdeab-61d3-7737-9caa-30ca7fe20ea4','2026-10-28','13:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1793197800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61e6-7884-8dc4-e970a65463ce','019fdeab-61d3-7737-9caa-30ca7fe20ea4','2026-11-04','13:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1793802600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61e8-78ed-9be5-2d670be45e03','019fdeab-61d3-7737-9caa-30ca7fe20ea4','2026-11-11','13:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1794407400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61ea-75d4-80e5-66e9036d6bf1','019fdeab-61d3-7737-9caa-30ca7fe20ea4','2026-11-18','13:00',90,'019fdeab-615a-746d-a70d-d92ec1fe9463',1795012200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61fa-76f8-b5f3-61f7b50f762c','019fdeab-61f7-797e-993f-29836e24d07a','2026-09-10','10:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1789041600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61fc-79c1-99b7-ed8ef125ba82','019fdeab-61f7-797e-993f-29836e24d07a','2026-09-17','10:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1789646400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-61fe-726e-bfbb-f92cffc492f4','019fdeab-61f7-797e-993f-29836e24d07a','2026-09-24','10:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1790251200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6200-7048-a825-9a3e96a5ef3c','019fdeab-61f7-797e-993f-29836e24d07a','2026-10-01','10:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1790856000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6202-7ce9-8686-8f4b2f6f6ffb','019fdeab-61f7-797e-993f-29836e24d07a','2026-10-08','10:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1791460800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6204-78f8-8906-342caae9a45f','019fdeab-61f7-797e-993f-29836e24d07a','2026-10-15','10:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1792065600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6206-7e57-8802-c6eab1884ae2','019fdeab-61f7-797e-993f-29836e24d07a','2026-10-22','10:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1792670400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6208-72df-b657-5980f8195d90','019fdeab-61f7-797e-993f-29836e24d07a','2026-10-29','10:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1793275200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-620a-750e-bfae-46b579baad88','019fdeab-61f7-797e-993f-29836e24d07a','2026-11-05','10:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1793880000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-620c-7595-a4ba-968096573363','019fdeab-61f7-797e-993f-29836e24d07a','2026-11-12','10:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1794484800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-620e-71b9-8ca0-0d6495ca7928','019fdeab-61f7-797e-993f-29836e24d07a','2026-11-19','10:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1795089600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-621d-7e5d-ad22-912083ed056c','019fdeab-621a-721d-9fc5-14a18f164032','2026-09-11','08:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1789120800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-621f-792f-990e-eb03dc6869c7','019fdeab-621a-721d-9fc5-14a18f164032','2026-09-18','08:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1789725600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6221-7943-8ac3-a687e5c08513','019fdeab-621a-721d-9fc5-14a18f164032','2026-09-25','08:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1790330400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6223-74e8-bfbe-5b5d27a269b3','019fdeab-621a-721d-9fc5-14a18f164032','2026-10-02','08:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1790935200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6225-7663-b860-6ab273d78295','019fdeab-621a-721d-9fc5-14a18f164032','2026-10-09','08:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1791540000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6227-7d01-b269-ebf9f9b87cf2','019fdeab-621a-721d-9fc5-14a18f164032','2026-10-16','08:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1792144800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6229-7d2c-9bab-fbefea65792f','019fdeab-621a-721d-9fc5-14a18f164032','2026-10-23','08:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1792749600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-622b-7f7c-ace4-c077bd0bef68','019fdeab-621a-721d-9fc5-14a18f164032','2026-10-30','08:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1793354400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-622d-7a1a-bded-a360a0d1bff4','019fdeab-621a-721d-9fc5-14a18f164032','2026-11-06','08:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1793959200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-622f-7cf1-a48c-a89d4945f751','019fdeab-621a-721d-9fc5-14a18f164032','2026-11-13','08:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1794564000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6231-77cd-b489-91854ef69422','019fdeab-621a-721d-9fc5-14a18f164032','2026-11-20','08:30',90,'019fdeab-61f6-7cbd-a2e9-67396246f099',1795168800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6242-749c-91c2-35df53ac6a69','019fdeab-623e-71ac-bf53-aad3abcb2d25','2026-09-07','08:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1788775200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6245-7b33-abd8-0c9f74742132','019fdeab-623e-71ac-bf53-aad3abcb2d25','2026-09-14','08:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1789380000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6248-7f1b-8319-ca6f406916d1','019fdeab-623e-71ac-bf53-aad3abcb2d25','2026-09-21','08:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1789984800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-624b-7c4c-a825-8e382217301f','019fdeab-623e-71ac-bf53-aad3abcb2d25','2026-09-28','08:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1790589600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-624e-7681-ac8a-632ecefa2219','019fdeab-623e-71ac-bf53-aad3abcb2d25','2026-10-05','08:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1791194400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6251-7eb5-beb0-b2dda04c2483','019fdeab-623e-71ac-bf53-aad3abcb2d25','2026-10-12','08:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1791799200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6254-7c60-853c-b1a0e44812ec','019fdeab-623e-71ac-bf53-aad3abcb2d25','2026-10-19','08:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1792404000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6257-7489-8ceb-806abc619e23','019fdeab-623e-71ac-bf53-aad3abcb2d25','2026-10-26','08:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1793008800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-625a-7fa5-ad09-215bda8a7d3c','019fdeab-623e-71ac-bf53-aad3abcb2d25','2026-11-02','08:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1793613600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-625d-70b9-9943-f197aeba58a5','019fdeab-623e-71ac-bf53-aad3abcb2d25','2026-11-09','08:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1794218400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6260-7f8d-bd57-9ecb0e8154c2','019fdeab-623e-71ac-bf53-aad3abcb2d25','2026-11-16','08:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1794823200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6274-7273-9b4f-2128306ef2dd','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','2026-09-08','15:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1788885000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6277-7d5e-bab9-730568aa1885','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','2026-09-15','15:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1789489800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-627a-7c70-a27c-75ff88a3d869','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','2026-09-22','15:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1790094600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-627d-77a5-990f-1169c0c655d2','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','2026-09-29','15:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1790699400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6280-7afa-ac2c-8f41651a9a1a','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','2026-10-06','15:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1791304200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6283-76b0-975f-b02d5f378efe','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','2026-10-13','15:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1791909000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6286-7407-8003-f4b1547a7dfb','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','2026-10-20','15:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1792513800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6289-75e3-9062-9df7955bdbe5','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','2026-10-27','15:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1793118600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-628c-729f-9a0e-44f60714eae8','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','2026-11-03','15:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1793723400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-628f-74da-bcbc-a25d26fcc1e7','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','2026-11-10','15:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1794328200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6292-753b-b078-b77bd8245d77','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','2026-11-17','15:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1794933000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62a6-7ac9-9c29-1ea89d6f0a5b','019fdeab-62a2-72e2-a3f8-1c1d58df773b','2026-09-09','13:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1788964200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62a9-7f6b-962f-fe61d4c6bfa9','019fdeab-62a2-72e2-a3f8-1c1d58df773b','2026-09-16','13:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1789569000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62ac-735f-bc1e-a0f70a0f3f03','019fdeab-62a2-72e2-a3f8-1c1d58df773b','2026-09-23','13:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1790173800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62af-7828-919d-67cb001fd86d','019fdeab-62a2-72e2-a3f8-1c1d58df773b','2026-09-30','13:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1790778600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62b3-76cf-b73a-03fdf24479a5','019fdeab-62a2-72e2-a3f8-1c1d58df773b','2026-10-07','13:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1791383400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62b6-709c-be71-bb073c72e1ce','019fdeab-62a2-72e2-a3f8-1c1d58df773b','2026-10-14','13:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1791988200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62b9-7076-a97e-75814317d6b2','019fdeab-62a2-72e2-a3f8-1c1d58df773b','2026-10-21','13:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1792593000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62bc-700e-804f-e9fa1fdbbf5b','019fdeab-62a2-72e2-a3f8-1c1d58df773b','2026-10-28','13:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1793197800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62bf-7d1d-a19a-aaa5bb5f1389','019fdeab-62a2-72e2-a3f8-1c1d58df773b','2026-11-04','13:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1793802600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62c2-7581-9ed7-470147151ee6','019fdeab-62a2-72e2-a3f8-1c1d58df773b','2026-11-11','13:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1794407400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62c5-730d-830f-496643fbe669','019fdeab-62a2-72e2-a3f8-1c1d58df773b','2026-11-18','13:00',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1795012200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62d9-70d3-8aef-87a69783e05f','019fdeab-62d5-7567-8cf4-8c670e7bcee3','2026-09-10','10:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1789041600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62dc-78e9-b9f3-3b2b941c389b','019fdeab-62d5-7567-8cf4-8c670e7bcee3','2026-09-17','10:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1789646400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62df-713b-ad5a-010be1df2773','019fdeab-62d5-7567-8cf4-8c670e7bcee3','2026-09-24','10:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1790251200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62e2-7876-93b0-ec4f9ca777b6','019fdeab-62d5-7567-8cf4-8c670e7bcee3','2026-10-01','10:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1790856000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62e5-7eaf-976e-a461df174ffc','019fdeab-62d5-7567-8cf4-8c670e7bcee3','2026-10-08','10:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1791460800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62e8-74dc-b8f9-17fa8aeea287','019fdeab-62d5-7567-8cf4-8c670e7bcee3','2026-10-15','10:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1792065600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62eb-7a4e-ba5d-fed304857192','019fdeab-62d5-7567-8cf4-8c670e7bcee3','2026-10-22','10:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1792670400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62ee-7176-8294-5e2a27e327b4','019fdeab-62d5-7567-8cf4-8c670e7bcee3','2026-10-29','10:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1793275200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62f1-7a01-9377-fb1334f1871b','019fdeab-62d5-7567-8cf4-8c670e7bcee3','2026-11-05','10:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1793880000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62f4-71cd-98b5-7e948ba9c446','019fdeab-62d5-7567-8cf4-8c670e7bcee3','2026-11-12','10:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1794484800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-62f7-7d9f-9e3e-f8725463d063','019fdeab-62d5-7567-8cf4-8c670e7bcee3','2026-11-19','10:30',90,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1795089600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-630c-77ca-96d9-35596ebf7f5d','019fdeab-6308-7f08-8b74-5fb51408b8df','2026-09-11','08:30',90,'019fdeab-6307-7fe2-9416-153c27f17e81',1789120800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-630f-7496-bf51-bf17c48afd34','019fdeab-6308-7f08-8b74-5fb51408b8df','2026-09-18','08:30',90,'019fdeab-6307-7fe2-9416-153c27f17e81',1789725600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6312-71bf-85d6-5447a7b782c1','019fdeab-6308-7f08-8b74-5fb51408b8df','2026-09-25','08:30',90,'019fdeab-6307-7fe2-9416-153c27f17e81',1790330400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6315-7387-bb86-c96494e30974','019fdeab-6308-7f08-8b74-5fb51408b8df','2026-10-02','08:30',90,'019fdeab-6307-7fe2-9416-153c27f17e81',1790935200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6318-74b6-82c2-060e2ea90557','019fdeab-6308-7f08-8b74-5fb51408b8df','2026-10-09','08:30',90,'019fdeab-6307-7fe2-9416-153c27f17e81',1791540000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-631b-7825-8cc1-514b34cf1021','019fdeab-6308-7f08-8b74-5fb51408b8df','2026-10-16','08:30',90,'019fdeab-6307-7fe2-9416-153c27f17e81',1792144800000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-631e-70e3-b238-88f9a0643501','019fdeab-6308-7f08-8b74-5fb51408b8df','2026-10-23','08:30',90,'019fdeab-6307-7fe2-9416-153c27f17e81',1792749600000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6321-7d55-9d67-eb01112eb675','019fdeab-6308-7f08-8b74-5fb51408b8df','2026-10-30','08:30',90,'019fdeab-6307-7fe2-9416-153c27f17e81',1793354400000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6324-72d0-b0ca-d28070d8a904','019fdeab-6308-7f08-8b74-5fb51408b8df','2026-11-06','08:30',90,'019fdeab-6307-7fe2-9416-153c27f17e81',1793959200000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-6327-770f-83de-26a27ba125aa','019fdeab-6308-7f08-8b74-5fb51408b8df','2026-11-13','08:30',90,'019fdeab-6307-7fe2-9416-153c27f17e81',1794564000000,0,1795305600000,'',0,10);
INSERT INTO attendance_session VALUES('019fdeab-632a-7e47-9c4a-c10a94b666e2','019fdeab-6308-7f08-8b74-5fb51408b8df','2026-11-20','08:30',90,'019fdeab-6307-7fe2-9416-153c27f17e81',1795168800000,0,1795305600000,'',0,10);
CREATE TABLE attendance_mark (
    id         TEXT PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL REFERENCES attendance_session (id),
    student_id TEXT NOT NULL REFERENCES student (id),
    status     TEXT NOT NULL CHECK (status IN ('present', 'late', 'absent', 'excused')),
    source     TEXT NOT NULL CHECK (source IN ('manual', 'face')),
    confidence REAL CHECK (confidence BETWEEN 0 AND 1),
    model      TEXT NOT NULL DEFAULT '',
    marked_by  TEXT NOT NULL,
    marked_at  INTEGER NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
, reason TEXT NOT NULL DEFAULT '') STRICT;
INSERT INTO attendance_mark VALUES('019fdeab-5c25-7c97-8b3a-a3e56322ff5f','019fdeab-5c24-7b32-bcb3-564c9755979f','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','late','face',0.82499999999999995559,'yunet-2022mar+resnet128','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1788770100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c26-7708-b1d3-8cdc45abbfc5','019fdeab-5c24-7b32-bcb3-564c9755979f','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1788770100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c28-7044-882b-49690f3f1f18','019fdeab-5c27-7abc-85a1-9389b5b563dd','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','face',0.85899999999999998578,'yunet-2022mar+resnet128','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1789374900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c29-7085-9133-6643b723b6cc','019fdeab-5c27-7abc-85a1-9389b5b563dd','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1789374900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c2b-795b-a20b-d185990322f1','019fdeab-5c2a-78df-8dfd-e834174eb17a','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','face',0.95399999999999995914,'yunet-2022mar+resnet128','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1789979700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c2c-7cf4-8199-36e5beb452bb','019fdeab-5c2a-78df-8dfd-e834174eb17a','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1789979700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c2e-73ae-9964-3ad89d0638e2','019fdeab-5c2d-7df7-b477-2c122726439d','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','face',0.87099999999999999644,'yunet-2022mar+resnet128','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790584500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c2f-7818-80c1-64ef5b927b05','019fdeab-5c2d-7df7-b477-2c122726439d','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790584500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c31-7111-8d19-1f5e15e2fb12','019fdeab-5c30-7b00-8f31-24ad94693fbe','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','face',0.89500000000000001776,'yunet-2022mar+resnet128','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791189300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c32-7bd7-a2fc-2a5a03a5a1f1','019fdeab-5c30-7b00-8f31-24ad94693fbe','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791189300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c34-78ce-b2ad-4c62d5f912f1','019fdeab-5c33-7bfb-bbee-4f03509bbf5e','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','face',0.86399999999999999023,'yunet-2022mar+resnet128','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791794100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c35-7566-b279-ca80fd8c8f05','019fdeab-5c33-7bfb-bbee-4f03509bbf5e','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791794100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c37-7020-8e05-be7303a5d946','019fdeab-5c36-7c7f-b390-c65e24424b77','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','face',0.98899999999999999023,'yunet-2022mar+resnet128','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792398900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c38-7ed9-b2ad-9b32e086b40d','019fdeab-5c36-7c7f-b390-c65e24424b77','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792398900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c3a-777a-9d28-8cb391ecdbb8','019fdeab-5c39-779d-abd8-bd5f6c5cd973','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','face',0.90500000000000002664,'yunet-2022mar+resnet128','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793003700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c3b-7306-8905-fed6ba08e56a','019fdeab-5c39-779d-abd8-bd5f6c5cd973','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793003700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c3d-7add-b43e-cface517a421','019fdeab-5c3c-77e0-a53f-2d5f5a0698f4','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','face',0.88500000000000000888,'yunet-2022mar+resnet128','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793608500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c3e-7533-80ca-2f930786a27a','019fdeab-5c3c-77e0-a53f-2d5f5a0698f4','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793608500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c40-7a02-bce2-751a41ade768','019fdeab-5c3f-77c1-a5d0-6ae1b4f0ae44','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','face',0.97899999999999998134,'yunet-2022mar+resnet128','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794213300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c41-7b07-ae00-97b53208fc07','019fdeab-5c3f-77c1-a5d0-6ae1b4f0ae44','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794213300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c43-71fc-bb2a-f9ce76577927','019fdeab-5c42-7bb6-9f48-17a9bb3a2e8e','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','face',0.96499999999999996891,'yunet-2022mar+resnet128','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794818100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c44-7b28-a357-386e212d8099','019fdeab-5c42-7bb6-9f48-17a9bb3a2e8e','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794818100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c57-7069-b60b-99415e8a7351','019fdeab-5c56-7083-aecd-880c43379eae','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','absent','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1788879900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c58-76cc-8692-05d58a59f3cc','019fdeab-5c56-7083-aecd-880c43379eae','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1788879900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c5a-7fc6-810a-ca9b28f61ea0','019fdeab-5c59-7919-b079-b8ba74a42288','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1789484700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c5b-70a7-b3ec-fb21c4e814ce','019fdeab-5c59-7919-b079-b8ba74a42288','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1789484700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c5d-7397-989d-34229758dffe','019fdeab-5c5c-7b55-9633-4fd27a72e48f','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790089500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c5e-7209-a135-79e9cf47b7b6','019fdeab-5c5c-7b55-9633-4fd27a72e48f','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790089500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c60-7e88-9a7d-8b1e02c5bc03','019fdeab-5c5f-7964-960a-c4c349797f9c','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790694300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c61-7662-a2ef-44dba44cb3f2','019fdeab-5c5f-7964-960a-c4c349797f9c','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790694300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c63-74d6-99be-bf0ee238907d','019fdeab-5c62-76f9-b1b0-760bca246328','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791299100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c64-7f86-919f-d2a0eee886bf','019fdeab-5c62-76f9-b1b0-760bca246328','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791299100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c66-7c43-878c-92aa73152909','019fdeab-5c65-774e-ba52-b8cf00544d2d','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791903900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c67-7161-934a-80e5b6fa70a6','019fdeab-5c65-774e-ba52-b8cf00544d2d','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791903900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c69-75d6-9095-cffbe65bffac','019fdeab-5c68-7d77-b445-a1327126259c','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792508700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c6a-7d2a-a9d1-a4ac41033386','019fdeab-5c68-7d77-b445-a1327126259c','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792508700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c6c-7664-8f1d-2a7a0e07d3ec','019fdeab-5c6b-7673-9957-b9bc0a225a6f','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','absent','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793113500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c6d-77cc-b65f-494723dca2e6','019fdeab-5c6b-7673-9957-b9bc0a225a6f','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793113500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c6f-79a7-9dce-2fe4ae4c8cbc','019fdeab-5c6e-7931-be6b-4b685828f00f','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793718300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c70-79a2-83dd-a6a2dfa0d104','019fdeab-5c6e-7931-be6b-4b685828f00f','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793718300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c72-71f1-b5c5-20a0c19820ca','019fdeab-5c71-7a36-958d-c8bd6c8b9d09','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794323100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c73-7f30-8dd6-23e60a40bfe9','019fdeab-5c71-7a36-958d-c8bd6c8b9d09','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794323100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c75-793a-b0b8-c93c17c23136','019fdeab-5c74-7bdd-8962-5563c7315680','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794927900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c76-7204-8082-51e17388ab5c','019fdeab-5c74-7bdd-8962-5563c7315680','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794927900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c89-798d-91e2-c4c53e177653','019fdeab-5c88-7a9d-866f-2228e468fc3a','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1788959100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c8a-7f1b-afb2-937fc31ac2bf','019fdeab-5c88-7a9d-866f-2228e468fc3a','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1788959100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c8c-74a2-9576-68f052128f18','019fdeab-5c8b-7902-9751-f9dbfd904c3a','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1789563900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c8d-7193-95b3-64983f087ec8','019fdeab-5c8b-7902-9751-f9dbfd904c3a','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1789563900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c8f-7853-9b08-04af4431484b','019fdeab-5c8e-77df-adf9-f7aa7cc53c39','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790168700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c90-7eec-a61d-0b1ee5eb3b28','019fdeab-5c8e-77df-adf9-f7aa7cc53c39','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790168700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c92-73b1-916a-7a0f502742c4','019fdeab-5c91-7f83-a502-2297a2e64a56','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','late','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790773500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c93-7166-9fc8-dca45599c309','019fdeab-5c91-7f83-a502-2297a2e64a56','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790773500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c95-767a-9254-b0aa2bd20aca','019fdeab-5c94-7dab-a627-f5874ac302f0','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791378300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c96-72b2-be20-e208db8ff9aa','019fdeab-5c94-7dab-a627-f5874ac302f0','019fdeab-5c15-70d0-8218-c99b9d5a8112','late','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791378300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c98-7cac-b54f-efc45544c1c9','019fdeab-5c97-78c6-bcbf-4d94ceef8af9','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791983100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c99-74df-aa58-2311488cb919','019fdeab-5c97-78c6-bcbf-4d94ceef8af9','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791983100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c9b-7aa0-bbb3-075cedc9e3ed','019fdeab-5c9a-7590-b895-d4d7fb778e71','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792587900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c9c-70b2-82f7-13542e22525c','019fdeab-5c9a-7590-b895-d4d7fb778e71','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792587900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c9e-7b93-b87f-9de4d778de17','019fdeab-5c9d-7f3d-9511-874c91f312cd','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793192700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5c9f-791e-b3a0-4fb335d3150a','019fdeab-5c9d-7f3d-9511-874c91f312cd','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793192700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ca1-795c-ae10-ee11ab2c5a4c','019fdeab-5ca0-7122-92a1-74f48758a807','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793797500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ca2-7bf0-8fbf-cca12ab98e2a','019fdeab-5ca0-7122-92a1-74f48758a807','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793797500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ca4-7485-ba2f-107752fde4b6','019fdeab-5ca3-7eca-8c2c-7faf7d89dc52','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','absent','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794402300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ca5-763c-bc7c-393cf6821a10','019fdeab-5ca3-7eca-8c2c-7faf7d89dc52','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794402300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ca7-7042-a254-f75f3517f159','019fdeab-5ca6-780a-8232-f2d3e41e7445','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1795007100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ca8-7b6e-86df-2e8afb172d61','019fdeab-5ca6-780a-8232-f2d3e41e7445','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1795007100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cbb-7b47-814a-b45b2a7db455','019fdeab-5cba-7194-9060-529b2676dec7','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1789036500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cbc-79a3-81c9-c22665669318','019fdeab-5cba-7194-9060-529b2676dec7','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1789036500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cbe-7288-9f75-c858205dd8a7','019fdeab-5cbd-7b3c-b164-2b505f2a232f','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1789641300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cbf-78c9-9e7c-889d1899c4f4','019fdeab-5cbd-7b3c-b164-2b505f2a232f','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1789641300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cc1-762c-a33e-3130bb4673dc','019fdeab-5cc0-7a0c-a8b9-e7fab6f775c1','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790246100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cc2-7806-a9fd-6eae130c18f8','019fdeab-5cc0-7a0c-a8b9-e7fab6f775c1','019fdeab-5c15-70d0-8218-c99b9d5a8112','late','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790246100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cc4-7e96-8639-1b9eec0b7314','019fdeab-5cc3-7215-ab65-c4d28d92acc2','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','absent','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790850900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cc5-741d-b8b4-e28468753ef4','019fdeab-5cc3-7215-ab65-c4d28d92acc2','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1790850900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cc7-76dd-9bcc-cb9c24ed77f3','019fdeab-5cc6-78fe-a065-7a3db20fe87f','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791455700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cc8-79d0-8e43-44d4228b7af2','019fdeab-5cc6-78fe-a065-7a3db20fe87f','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791455700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cca-76cd-94c5-3df6a4525557','019fdeab-5cc9-79d3-a251-d2bd841653fd','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792060500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ccb-7157-bcc8-9be94937d496','019fdeab-5cc9-79d3-a251-d2bd841653fd','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792060500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ccd-718a-a5df-0d50e1a3c904','019fdeab-5ccc-7862-9818-71ae41408c61','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792665300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cce-7599-bf0e-732dd1f44002','019fdeab-5ccc-7862-9818-71ae41408c61','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792665300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cd0-7017-b361-09b0a5988c23','019fdeab-5ccf-7cfe-b461-77eee90f5ad1','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793270100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cd1-7015-9a6c-3d8b7de5e0c5','019fdeab-5ccf-7cfe-b461-77eee90f5ad1','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793270100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cd3-7119-9022-fb89d170f0c0','019fdeab-5cd2-7b17-bccf-46687ec6933c','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793874900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cd4-76aa-953c-cff2dfa0fe36','019fdeab-5cd2-7b17-bccf-46687ec6933c','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1793874900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cd6-70b1-953e-2520fd86c62b','019fdeab-5cd5-727e-aaae-ae6b94c1fb04','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','absent','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794479700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cd7-7783-b7b9-09c5d86b0edd','019fdeab-5cd5-727e-aaae-ae6b94c1fb04','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794479700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cd9-78d5-9d65-8866c0312724','019fdeab-5cd8-701a-ad8f-200cc8d10419','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1795084500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cda-7d5c-908a-4d17c94d48a8','019fdeab-5cd8-701a-ad8f-200cc8d10419','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1795084500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cee-7d5f-ae25-94a5b5a26f6e','019fdeab-5ced-78cb-a957-d0d37e304a27','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','excused','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1789115700000,'Medical appointment',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cef-72ec-bd40-6edcb1311fc9','019fdeab-5ced-78cb-a957-d0d37e304a27','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1789115700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cf1-7db8-8a47-1e6e4752caf6','019fdeab-5cf0-7aa3-8973-fb3f9186525a','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1789720500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cf2-724c-881c-0d9b25e1b45f','019fdeab-5cf0-7aa3-8973-fb3f9186525a','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1789720500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cf4-7a96-9d7e-12cddf0582aa','019fdeab-5cf3-74cf-a00f-56cfa377be25','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1790325300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cf5-71a7-86dc-2d1cfe238830','019fdeab-5cf3-74cf-a00f-56cfa377be25','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1790325300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cf7-76e0-b31c-1595649031dc','019fdeab-5cf6-7675-a168-79d95a59f6d6','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1790930100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cf8-7462-bbe3-3d36d79d6159','019fdeab-5cf6-7675-a168-79d95a59f6d6','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1790930100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cfa-7626-baf4-e9c7f711d3cc','019fdeab-5cf9-7aa1-b6a0-9c1f1a597c3f','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791534900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cfb-7cfd-9b9a-caed9d21608b','019fdeab-5cf9-7aa1-b6a0-9c1f1a597c3f','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791534900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cfd-741b-9705-3f7a453a7627','019fdeab-5cfc-75bf-b777-0e92e19463ed','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1792139700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5cfe-7f75-ab94-001182c4b049','019fdeab-5cfc-75bf-b777-0e92e19463ed','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1792139700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d00-7659-a9af-7986a650f2ac','019fdeab-5cff-723e-8b75-de540d5ddbdd','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1792744500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d01-779d-8a0e-28617ba11d69','019fdeab-5cff-723e-8b75-de540d5ddbdd','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1792744500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d03-7b88-b787-af98c3aa3311','019fdeab-5d02-788c-807b-84b463f81f53','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1793349300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d04-7c96-9290-571a934dbe1c','019fdeab-5d02-788c-807b-84b463f81f53','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1793349300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d06-7439-9e89-b674a28df05d','019fdeab-5d05-7b60-807b-ee6bddc7142c','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1793954100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d07-7a2c-a107-ed8de46bc7ad','019fdeab-5d05-7b60-807b-ee6bddc7142c','019fdeab-5c15-70d0-8218-c99b9d5a8112','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1793954100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d09-76e7-a6d6-69b4875ebed9','019fdeab-5d08-77c8-b04c-6e866c72e394','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','late','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1794558900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d0a-75ec-9549-bd9766356103','019fdeab-5d08-77c8-b04c-6e866c72e394','019fdeab-5c15-70d0-8218-c99b9d5a8112','late','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1794558900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d0c-7ff2-ba24-2d8f2c06c33c','019fdeab-5d0b-7bec-88da-6d58c471106d','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1795163700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d0d-763f-8e69-cd50084716f8','019fdeab-5d0b-7bec-88da-6d58c471106d','019fdeab-5c15-70d0-8218-c99b9d5a8112','absent','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1795163700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d1f-7ffe-85d6-fdf5436e19b4','019fdeab-5d1e-78f9-9bd8-60c0164d54c8','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1788770100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d21-7ce4-a091-8c7448c227bd','019fdeab-5d20-7ead-b801-917c0fc6d400','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1789374900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d23-73d6-8b22-96daca337df9','019fdeab-5d22-7d46-9cb5-08efc922166b','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1789979700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d25-71c0-a954-3e230c03eee8','019fdeab-5d24-732d-aa6a-64730326e9a8','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1790584500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d27-7296-b0f7-00cad24d3ffd','019fdeab-5d26-7d3d-8ba8-d54342cd03bc','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791189300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d29-7708-a264-4a083d63abc0','019fdeab-5d28-7e68-a102-d7a73eaff3bb','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791794100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d2b-7eb0-9a59-60b6932d7f3c','019fdeab-5d2a-7df5-acd1-f8a21acc8187','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1792398900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d2d-72f4-94b5-2dd8c55f29a9','019fdeab-5d2c-7c81-826f-66a3281855f0','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1793003700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d2f-7b98-b340-aa4984d79d41','019fdeab-5d2e-770c-83c0-704c0a0b121b','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1793608500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d31-7d3d-a2d2-768721b91be0','019fdeab-5d30-7886-b5ad-6325a57c265e','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1794213300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d33-7534-b7b0-8145018b66e9','019fdeab-5d32-7dad-a60f-c87b35e4ab1a','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1794818100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d42-749f-ae95-23df00be152d','019fdeab-5d41-7724-bd05-aa4c7458b9c5','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1788879900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d44-73e7-915a-120323e8febf','019fdeab-5d43-7fa0-a0f8-68028ccd0e24','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1789484700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d46-7f53-9291-9568b96fee93','019fdeab-5d45-767e-b6c3-6fe7c1585d6c','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1790089500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d48-762a-b1b2-fead39e8ff9b','019fdeab-5d47-72cc-be38-82bd74f82231','019fdeab-5c0a-711a-a40b-b4c31664d9ef','absent','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1790694300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d4a-7bc1-86e9-888a55046af1','019fdeab-5d49-72a2-9bb1-8a8374f14892','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791299100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d4c-7bef-a385-347c66ea3458','019fdeab-5d4b-7c6b-b6bb-f94fe132aac1','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791903900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d4e-7d17-9ff2-01d6c1b286d9','019fdeab-5d4d-7744-aa07-354b5c6c3aca','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1792508700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d50-7414-8305-b1f86fdcced5','019fdeab-5d4f-7eb4-8efc-4f9d35ff5f58','019fdeab-5c0a-711a-a40b-b4c31664d9ef','absent','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1793113500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d52-79e2-8c44-e217d21963ea','019fdeab-5d51-7d92-8041-b1c03c586775','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1793718300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d54-7be0-bff5-2b749edf55bd','019fdeab-5d53-7dab-bb6e-686bbdb9f664','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1794323100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d56-7acf-ba8e-95f7ab36f598','019fdeab-5d55-77b1-be2b-cb976eccb1d3','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1794927900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d65-7042-91e0-620fd38e2f2e','019fdeab-5d64-783b-8071-744525873e09','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1788959100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d67-720a-bb6e-478598fa19c3','019fdeab-5d66-790e-9351-69253ead272e','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1789563900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d69-7efc-915c-4dfca7f447ae','019fdeab-5d68-773d-ae7e-d0e6b095011f','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1790168700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d6b-76c9-8d78-d34a116d3657','019fdeab-5d6a-7582-8686-ce06ca894a9e','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1790773500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d6d-7c49-a18e-f910ba0c6434','019fdeab-5d6c-7c11-a6e0-2381c632930b','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791378300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d6f-72b0-8d65-915a598def61','019fdeab-5d6e-7bb0-90f3-6b84f81b86e2','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791983100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d71-75a4-a8b6-20844a19ed30','019fdeab-5d70-77c6-8512-9aa4937b2904','019fdeab-5c0a-711a-a40b-b4c31664d9ef','late','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1792587900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d73-735d-8e88-6ab488ab2620','019fdeab-5d72-79b2-8eef-c9575306845a','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1793192700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d75-79bd-bb99-f30a33905bea','019fdeab-5d74-7059-8709-49eb21883b29','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1793797500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d77-74a2-873e-2fc21de26aa6','019fdeab-5d76-7b38-97b8-79d53a9cfcfb','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1794402300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d79-76b7-b760-841eacea3ee3','019fdeab-5d78-7ed9-bd7e-33ad570d2d95','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5ce8-7411-99b3-ed86fdb05d27',1795007100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d89-7587-a777-945487e44175','019fdeab-5d88-7114-9e66-45211a59e7d9','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1789036500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d8b-774d-98eb-864adae6f05e','019fdeab-5d8a-730d-b48f-378fee8a9400','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1789641300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d8d-79e2-808e-0cbc463532c3','019fdeab-5d8c-7ff9-aaf1-861282c898a3','019fdeab-5c0a-711a-a40b-b4c31664d9ef','late','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1790246100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d8f-7327-b402-295c82db58a6','019fdeab-5d8e-78de-84c5-ca33c6a258f7','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1790850900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d91-76ba-a617-d1f32076b764','019fdeab-5d90-78f5-b4ad-7e0b262c650b','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1791455700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d93-7afd-95b7-d16a54693a7f','019fdeab-5d92-77b3-a41b-16807c2afc02','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1792060500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d95-76ed-badc-ebb93fa31240','019fdeab-5d94-70dd-ac8b-03c09e7b933b','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1792665300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d97-70e1-9c2f-1d2f93cd4865','019fdeab-5d96-73a8-aa70-09190156f299','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1793270100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d99-7f17-a598-4bdd187d9d7d','019fdeab-5d98-7a18-9ae4-ac4e18d47c95','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1793874900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d9b-7eb6-808f-a21af5db9ffd','019fdeab-5d9a-7df8-a796-a1f4d41df8cf','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1794479700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5d9d-7352-9b5a-3038348f106a','019fdeab-5d9c-7f66-8848-bc5eed5014ad','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1795084500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5dac-7f12-a222-fda58b2faee9','019fdeab-5dab-7a45-b86f-ce16c8c813f4','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1789115700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5dae-7ff0-b8b6-c5fbe3e2f3fe','019fdeab-5dad-7bd8-b813-d8569c495490','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1789720500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5db0-7b0f-bd6e-fc5785b9f4dc','019fdeab-5daf-772f-b26d-a17295727981','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1790325300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5db2-74ba-b2fe-65056c819c2d','019fdeab-5db1-7de2-a73c-561092b9d082','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1790930100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5db4-73f8-932d-e6c72de5b027','019fdeab-5db3-72c9-93f7-21e594e8fdc3','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1791534900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5db6-76d8-b594-63fa4caf0a56','019fdeab-5db5-7f29-8aaf-a0fc5a36ad65','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1792139700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5db8-764f-b955-57652cd90c53','019fdeab-5db7-714a-bf29-075bae5dca58','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1792744500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5dba-7cfd-a1b6-638e79ecb22e','019fdeab-5db9-7224-80a0-fe322282f4b6','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1793349300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5dbc-7903-9ac4-2b849cc5291c','019fdeab-5dbb-7b21-815e-a390227b0732','019fdeab-5c0a-711a-a40b-b4c31664d9ef','excused','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1793954100000,'Medical appointment',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5dbe-7eb1-8ef5-3cccfe3bd108','019fdeab-5dbd-7f48-93dc-08eb750e8049','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1794558900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5dc0-7e3d-bd3b-8a1bf931b6e8','019fdeab-5dbf-761a-899b-6a30f770e59f','019fdeab-5c0a-711a-a40b-b4c31664d9ef','present','manual',NULL,'','019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1795163700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5dd0-71b4-9f40-e57901caaaef','019fdeab-5dcf-7d33-b40e-aca2aef38df6','019fdeab-5c1d-7daa-bc39-7df1637db81c','excused','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1788770100000,'Medical appointment',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5dd2-7c96-9dbc-edd28754b8ce','019fdeab-5dd1-7ed4-839a-fee2fcef8c90','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','face',0.94599999999999995203,'yunet-2022mar+resnet128','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1789374900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5dd4-74cc-ae4f-b06b47dc2ea2','019fdeab-5dd3-77b1-9995-932d8feef1a3','019fdeab-5c1d-7daa-bc39-7df1637db81c','absent','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1789979700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5dd6-75e0-9ef1-1830ffc9905d','019fdeab-5dd5-749f-93ab-b7fabb9e2216','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','face',0.93899999999999994582,'yunet-2022mar+resnet128','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1790584500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5dd8-70ae-ba24-f961ac22d4d1','019fdeab-5dd7-7d86-973e-648ce1924e79','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','face',0.93600000000000005417,'yunet-2022mar+resnet128','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1791189300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5dda-7652-8802-7c724af8b418','019fdeab-5dd9-7850-b074-d4280fecd605','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','face',0.97799999999999998046,'yunet-2022mar+resnet128','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1791794100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ddc-71d7-9e2d-e8091bd064c5','019fdeab-5ddb-741f-b9a5-71f07625679e','019fdeab-5c1d-7daa-bc39-7df1637db81c','absent','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1792398900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ddd-7c3f-8aa9-6a931d058e0f','019fdeab-5ddb-741f-b9a5-71f07625679e','019fdeab-5c1d-7daa-bc39-7df1637db81c','excused','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1792657800000,'Medical certificate received',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ddf-7456-8502-81566d9f5602','019fdeab-5dde-7f02-a8f4-9bb562a8775c','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','face',0.95399999999999995914,'yunet-2022mar+resnet128','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1793003700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5de1-7f19-af65-2d6bf136608e','019fdeab-5de0-70a4-8542-97b13ea46fdc','019fdeab-5c1d-7daa-bc39-7df1637db81c','absent','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1793608500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5de3-790f-9709-34c7381219b2','019fdeab-5de2-7603-8980-d3c166e1d4ee','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','face',0.87199999999999999733,'yunet-2022mar+resnet128','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1794213300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5de5-72a0-92d9-4791818d7052','019fdeab-5de4-745a-ae46-5529590a51cb','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','face',0.83899999999999996802,'yunet-2022mar+resnet128','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1794818100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5df4-7f0f-9cc2-ded12c8ac1f4','019fdeab-5df3-761e-9309-8412d7c7b8c2','019fdeab-5c1d-7daa-bc39-7df1637db81c','absent','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1788879900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5df6-7ca5-8674-c7d11fca9fc8','019fdeab-5df5-773d-8821-7e6438d1be3a','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1789484700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5df8-73b1-a704-d8dac73b31fe','019fdeab-5df7-7ffc-9131-0ff8642604a8','019fdeab-5c1d-7daa-bc39-7df1637db81c','absent','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1790089500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5dfa-7d77-a2ff-1c56bafad494','019fdeab-5df9-78b4-ab2e-690ba184392c','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1790694300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5dfc-742f-8cfc-a2bc39b20098','019fdeab-5dfb-73c7-b803-d8a6d9d7cf70','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1791299100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5dfe-7f4c-b6d9-98d230dfffb0','019fdeab-5dfd-7396-ace3-b1e3a6e28708','019fdeab-5c1d-7daa-bc39-7df1637db81c','absent','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1791903900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e00-740b-b39b-e0c4371cd514','019fdeab-5dff-7fed-9b57-9eb6837f425e','019fdeab-5c1d-7daa-bc39-7df1637db81c','absent','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1792508700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e02-7ef0-b9d3-ef1edd2a5952','019fdeab-5e01-7a23-8127-c6f671a7ffc8','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1793113500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e04-7855-a063-7ed1e72cd584','019fdeab-5e03-7abb-8345-7c3474ce58c7','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1793718300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e06-78dd-a2ab-50bc105e1ce1','019fdeab-5e05-71f3-84f5-214fa8f5462d','019fdeab-5c1d-7daa-bc39-7df1637db81c','absent','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1794323100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e08-7a44-9b5b-bedff9b52362','019fdeab-5e07-75ee-a6bb-ff84ff644464','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1794927900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e17-75f2-81a7-146e6702a003','019fdeab-5e16-78a9-90c5-05eb9a4b4a68','019fdeab-5c1d-7daa-bc39-7df1637db81c','absent','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1788959100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e19-72a4-bce9-58826e14a780','019fdeab-5e18-70f5-aeb3-5cc08a946b21','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1789563900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e1b-74d6-ba8b-5998ca75499c','019fdeab-5e1a-7b2e-8ecd-5f7e338d5588','019fdeab-5c1d-7daa-bc39-7df1637db81c','absent','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1790168700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e1d-7f18-ad1a-59294df82e60','019fdeab-5e1c-7288-8526-b83a40bc5b0b','019fdeab-5c1d-7daa-bc39-7df1637db81c','absent','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1790773500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e1f-7dc3-9489-e8828296d869','019fdeab-5e1e-7dfb-92d8-9a4492153dc8','019fdeab-5c1d-7daa-bc39-7df1637db81c','excused','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1791378300000,'Medical appointment',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e21-7161-868b-ab989f8c1c7c','019fdeab-5e20-7e42-b51c-b34c63e984ea','019fdeab-5c1d-7daa-bc39-7df1637db81c','absent','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1791983100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e23-74c9-ade0-0b276c43530c','019fdeab-5e22-779a-bb15-a2590405ea32','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1792587900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e25-75af-a61a-9bef948a9c01','019fdeab-5e24-70d3-b0bd-2eb901fae7d1','019fdeab-5c1d-7daa-bc39-7df1637db81c','late','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1793192700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e27-74b9-97d8-35a22d0fc52e','019fdeab-5e26-71f1-8199-b4003e85eec1','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1793797500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e29-7a0a-9b7d-56a107acab87','019fdeab-5e28-785e-8d7c-7ada48cf77cb','019fdeab-5c1d-7daa-bc39-7df1637db81c','absent','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1794402300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e2b-7cbe-a0f0-f5044bdc4e48','019fdeab-5e2a-745c-8f78-056865446f2a','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1795007100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e3a-79e0-a1eb-3395a8c50cb5','019fdeab-5e39-7de8-9a11-7f7ca20d77a2','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1789036500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e3c-759b-89df-f5442f255d99','019fdeab-5e3b-7114-bdee-247a1b6305d2','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1789641300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e3e-76a0-a71d-40a562a68e9b','019fdeab-5e3d-7f2b-956d-b6847e7afb21','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1790246100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e40-78bb-a7a2-a448e1329a15','019fdeab-5e3f-76ee-9cb6-50673d58b7af','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1790850900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e42-7ade-9a7d-56e253a6566e','019fdeab-5e41-796e-b546-16186fd0e963','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1791455700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e44-7816-ab22-a14297231ca0','019fdeab-5e43-75f2-9c7c-6bf95f692af1','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1792060500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e46-7c04-a76d-98538b65d684','019fdeab-5e45-70bb-9bd7-f8a2e32bbd16','019fdeab-5c1d-7daa-bc39-7df1637db81c','excused','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1792665300000,'Medical appointment',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e48-762a-a761-f2bdadf39c00','019fdeab-5e47-72f5-8cf0-4e457211c402','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1793270100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e4a-76bb-a27f-a911392d82ec','019fdeab-5e49-7f1b-8234-37840410ff0b','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1793874900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e4c-715b-aad9-dbebdadaadb7','019fdeab-5e4b-7404-96f1-a94a13a9550a','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1794479700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e4e-7d2e-8ce1-5d9639a162da','019fdeab-5e4d-72ee-b462-0a29175f0990','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1795084500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e5e-790a-8757-10e26367800e','019fdeab-5e5d-71cb-ae7f-2ff7d27b7d34','019fdeab-5c1d-7daa-bc39-7df1637db81c','excused','manual',NULL,'','019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1789115700000,'Medical appointment',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e60-7203-9599-907d91790386','019fdeab-5e5f-7548-af22-083f9f62eb92','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1789720500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e62-7c99-9bc8-3b47546f9f9d','019fdeab-5e61-790a-be50-b754fb4a0e33','019fdeab-5c1d-7daa-bc39-7df1637db81c','absent','manual',NULL,'','019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1790325300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e63-76b5-b63e-46e746674678','019fdeab-5e61-790a-be50-b754fb4a0e33','019fdeab-5c1d-7daa-bc39-7df1637db81c','excused','manual',NULL,'','019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1790584200000,'Medical certificate received',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e65-70e6-9e06-3e510cc4b47d','019fdeab-5e64-78ec-ac4a-52c18398ace4','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1790930100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e67-7bd3-bfb0-87f18dbc856b','019fdeab-5e66-7bc2-8ddd-1bd64d9b0cee','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1791534900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e69-735e-bec3-27f0b03eebdc','019fdeab-5e68-792f-b968-473be92726e7','019fdeab-5c1d-7daa-bc39-7df1637db81c','absent','manual',NULL,'','019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1792139700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e6b-7692-aab9-2e6e04f5853a','019fdeab-5e6a-770a-807e-659f52be1367','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1792744500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e6d-7b07-b44a-980757450cbf','019fdeab-5e6c-73ba-a3c8-f7b79fd98677','019fdeab-5c1d-7daa-bc39-7df1637db81c','absent','manual',NULL,'','019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1793349300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e6f-7fec-86b7-7c05724f941d','019fdeab-5e6e-77b5-a7f3-85e5c2530570','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1793954100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e71-7b0d-872d-f9d2c5ad0031','019fdeab-5e70-78fc-ab14-6a6c10454e23','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1794558900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e73-7e15-8b7c-5c3b9c702514','019fdeab-5e72-71da-8d98-8aa2ae1d3631','019fdeab-5c1d-7daa-bc39-7df1637db81c','present','manual',NULL,'','019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1795163700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e83-7a4d-8d07-cdbb397c7e02','019fdeab-5e82-79db-8203-bc247f8062f9','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','face',0.92400000000000004352,'yunet-2022mar+resnet128','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1788770100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e85-7481-8794-3e6267bf9d6a','019fdeab-5e84-74ef-bbf5-d33f9cb9f219','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','absent','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1789374900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e86-7461-9746-aadfe23ac6e6','019fdeab-5e84-74ef-bbf5-d33f9cb9f219','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','excused','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1789633800000,'Medical certificate received',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e88-7d42-a55d-f1cae0350319','019fdeab-5e87-726f-9996-3d46fd6793ad','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','face',0.86899999999999999467,'yunet-2022mar+resnet128','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1789979700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e8a-7aba-a6d9-1f2d2161f67e','019fdeab-5e89-7cdf-8c95-d87257ab9830','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','face',0.97599999999999997868,'yunet-2022mar+resnet128','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1790584500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e8c-7d6f-8c83-7e118d853516','019fdeab-5e8b-73ab-b1bb-8a98a5484cad','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','face',0.84999999999999997779,'yunet-2022mar+resnet128','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1791189300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e8e-7c60-bef1-886ec52c7d05','019fdeab-5e8d-7280-b0b3-603717f812ef','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','absent','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1791794100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e90-739d-887f-92a13dfa51e9','019fdeab-5e8f-7a47-830b-eddc6200dc4f','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','face',0.94699999999999995292,'yunet-2022mar+resnet128','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1792398900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e92-78be-aa36-c2833bc0dd90','019fdeab-5e91-7d98-b1b3-ec5c82ccb4c0','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','face',0.9659999999999999698,'yunet-2022mar+resnet128','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1793003700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e94-746b-b21e-2b86cbc3f4be','019fdeab-5e93-75cd-aad2-4a468348df4e','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','face',0.93000000000000004884,'yunet-2022mar+resnet128','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1793608500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e96-7457-924b-01085fd04888','019fdeab-5e95-7340-8530-d755ae7fe346','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','late','face',0.96999999999999997335,'yunet-2022mar+resnet128','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1794213300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5e98-7d4e-aa8c-fce946d06f12','019fdeab-5e97-70f2-810c-b5d0a7471269','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','face',0.84799999999999997601,'yunet-2022mar+resnet128','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1794818100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ea7-7b89-9620-070533024d10','019fdeab-5ea6-7bb2-a82b-5db1689e3eed','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1788879900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ea9-7efa-bbe0-be65e0848a42','019fdeab-5ea8-7803-837a-b74b87cbac19','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1789484700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5eab-794f-92b4-87ce0bddb6b5','019fdeab-5eaa-78e6-ac24-8cf5c671b1ba','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1790089500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ead-7b1a-9302-a8bcbdc63377','019fdeab-5eac-7da3-9682-a6894260afb7','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1790694300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5eaf-730d-b8f2-5f9ae8de9578','019fdeab-5eae-70e8-ac52-3186032d3c3c','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1791299100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5eb1-7041-98fb-a5fb7a3f85cb','019fdeab-5eb0-7646-8f29-2a31463214ae','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1791903900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5eb3-768d-b298-b641848a1ec8','019fdeab-5eb2-7804-92f4-2fd85cb9f614','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1792508700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5eb5-7840-bbf2-0f77fcbba4c6','019fdeab-5eb4-7454-a25d-4211f8ad38a2','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','absent','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1793113500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5eb7-7422-aec0-b4a5e4c47213','019fdeab-5eb6-70f5-8898-9b2941789e54','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1793718300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5eb9-751b-a7e0-eaaa9991aeb6','019fdeab-5eb8-73cf-b9a7-6b5bc5679356','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1794323100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ebb-7c36-8d43-d0d3802d40d1','019fdeab-5eba-7582-b4c4-8116133120d0','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1794927900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5eca-77bb-bd19-17aeaa17cbef','019fdeab-5ec9-7b8e-8009-0f7384b5e15b','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1788959100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ecc-7b88-904f-dfbe66cfe3e0','019fdeab-5ecb-7569-b855-7a6cfedfdd82','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1789563900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ece-79ad-824c-876bdaf2fb8f','019fdeab-5ecd-77fc-b56e-83d7d0e2dc1d','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1790168700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ed0-7815-a3b4-1ac38227b761','019fdeab-5ecf-726a-878b-fbf44a3a4006','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1790773500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ed2-74d6-8767-f10e1b5c1949','019fdeab-5ed1-7307-911c-11301ed01c4f','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1791378300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ed4-714a-b29b-6c5656484042','019fdeab-5ed3-7dc9-a3e2-298810abe909','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1791983100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ed6-7e9a-9348-2a2605e5da60','019fdeab-5ed5-71bc-9604-2904540580d6','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1792587900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ed8-75d7-ba02-405cdbe68912','019fdeab-5ed7-70c3-ba8e-1d05af1b951c','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1793192700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5eda-7b18-82af-2645fabc12b5','019fdeab-5ed9-721f-b960-9b6b23a87054','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1793797500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5edc-7dd5-a607-b47b372bfb81','019fdeab-5edb-7a2b-bee0-5926aacd7ae8','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1794402300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ede-7cd1-b3c5-7548c49cf3e5','019fdeab-5edd-79e4-b8c4-1bc22ed52389','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1795007100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5eed-7392-9708-2bc420bf4114','019fdeab-5eec-76b8-8ac1-0e8bb246c796','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1789036500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5eef-7fab-87b5-8881f23f5788','019fdeab-5eee-759d-b161-2570872763b2','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1789641300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ef1-7a8d-807d-38bd9bf41ca8','019fdeab-5ef0-7479-82fc-9d067414d604','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1790246100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ef3-7871-a8cf-6be4c4c0c1df','019fdeab-5ef2-7ae9-a859-97ce573a01f0','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','absent','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1790850900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ef5-7b09-b207-defac9b305cb','019fdeab-5ef4-7f31-a3c1-5df6a8a9e93f','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1791455700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ef7-75db-819f-75af4e0daa48','019fdeab-5ef6-76fb-8b86-451c6e14f3fe','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1792060500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ef9-7400-9826-8933ab54f5ea','019fdeab-5ef8-752b-8f8f-5b7efe98f471','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1792665300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5efb-727e-ad17-da089123b84c','019fdeab-5efa-723a-8a27-c2179bb1d4e5','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1793270100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5efd-7aea-9c38-3152eb289782','019fdeab-5efc-720d-8de7-4176c9d4566a','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1793874900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5eff-7be3-8f4f-fcf264dd6044','019fdeab-5efe-7cc6-b353-23d4d64c925f','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1794479700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f01-7659-bedf-981ecae7a9bc','019fdeab-5f00-7ed4-b9e1-fc4296f2e27e','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1795084500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f11-7cf7-878c-45748896ef55','019fdeab-5f10-760e-a8e8-6a560378cd27','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1789115700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f13-7183-bce9-de4b5f4feb4b','019fdeab-5f12-7653-bef7-2fd7eba540e8','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1789720500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f15-79f7-a1c4-e691c0c8ff1f','019fdeab-5f14-7f64-b2f3-ecc692880102','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1790325300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f17-7c88-a285-05ab8be94f73','019fdeab-5f16-74ca-9e05-626247534801','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1790930100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f19-7553-8073-547fd08dfffe','019fdeab-5f18-79c2-a84d-3f292df6ab59','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1791534900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f1b-70a9-89dc-0ba3075febfa','019fdeab-5f1a-7308-b416-c94b5dfe3c1b','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1792139700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f1d-7710-942a-f07a5fa45931','019fdeab-5f1c-7777-b8a7-3d20775485e0','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1792744500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f1f-7412-8ee5-74b157329d1b','019fdeab-5f1e-7b66-a29b-8956c5f4c6e8','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1793349300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f21-734b-9fa8-7e93c578e6e5','019fdeab-5f20-775a-9dd4-e8aa2b0662f5','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1793954100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f23-7c98-88a8-27a224756be8','019fdeab-5f22-7345-8dbb-67deb8c07473','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','late','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1794558900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f25-7603-817e-21b284638743','019fdeab-5f24-7dd6-9cd9-7b80e18cebbb','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1795163700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f34-7082-82ba-fd13571d70e4','019fdeab-5f33-7a76-9014-b4370854073f','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','face',0.86899999999999999467,'yunet-2022mar+resnet128','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1788770100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f36-77da-ad28-0d4f20123e68','019fdeab-5f35-7d44-872c-f6b1e7fcd5ac','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','face',0.91000000000000003108,'yunet-2022mar+resnet128','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1789374900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f38-7f7e-8aaf-2976554f6d5a','019fdeab-5f37-7bcb-bec7-243185e44c44','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','face',0.865999999999999992,'yunet-2022mar+resnet128','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1789979700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f3a-7fb4-b492-ade8a913f171','019fdeab-5f39-73dd-80ae-c106563a452c','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','face',0.95299999999999995825,'yunet-2022mar+resnet128','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1790584500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f3c-7640-91e6-7dd08b778f22','019fdeab-5f3b-7ed2-a5ac-c0dd0250f7d4','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','face',0.88100000000000000532,'yunet-2022mar+resnet128','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1791189300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f3e-71bf-bcc8-2cc0ef6925a7','019fdeab-5f3d-7eac-9306-f6fa4682e834','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','face',0.95499999999999996003,'yunet-2022mar+resnet128','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1791794100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f40-73f0-b665-009056dbfb20','019fdeab-5f3f-79d3-a840-98e0ce121458','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','face',0.97199999999999997513,'yunet-2022mar+resnet128','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1792398900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f42-7253-8f5f-b23c9e26a66b','019fdeab-5f41-7b96-84fc-854ecc8e2dad','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','face',0.95099999999999995647,'yunet-2022mar+resnet128','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1793003700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f44-76b1-a731-b4ff23c5f4e1','019fdeab-5f43-7b56-8eb1-915d97a7d5b4','019fdeab-5c17-7329-aec4-dbd8366ca26c','absent','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1793608500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f46-7c60-9d05-a2ed9babf62e','019fdeab-5f45-7de1-ba58-ecaa594312b2','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','face',0.94699999999999995292,'yunet-2022mar+resnet128','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1794213300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f48-795e-ae36-10c6365bb3a1','019fdeab-5f47-7453-934e-477311e87899','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','face',0.97499999999999997779,'yunet-2022mar+resnet128','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1794818100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f57-76a9-9ad2-398a8ac623bf','019fdeab-5f56-711f-a754-d9d5e49f61cc','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1788879900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f59-7fc7-8357-c161149d27b3','019fdeab-5f58-79ec-a6b5-e766d16f1d79','019fdeab-5c17-7329-aec4-dbd8366ca26c','absent','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1789484700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f5b-7714-b9f2-8f34524de337','019fdeab-5f5a-74e1-adcb-a0804974179d','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1790089500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f5d-73f4-80cf-65ccada559f3','019fdeab-5f5c-767a-aebb-c9e4d95ae6f8','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1790694300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f5f-750f-a212-a13633c0d1f5','019fdeab-5f5e-71a7-96e8-4c90f76aa837','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1791299100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f61-78c7-b37f-e0a43e579fe8','019fdeab-5f60-7a4e-a8ff-b02d814c77c9','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1791903900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f63-7eb9-9d07-490db8449dba','019fdeab-5f62-70b1-b254-21550b19fa23','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1792508700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f65-7b6c-805b-04f37c2fd665','019fdeab-5f64-7827-a841-3d22da62cc2f','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1793113500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f67-7d1a-9b44-65ef67f15f60','019fdeab-5f66-711c-82b4-1f8f8aacd58f','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1793718300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f69-7437-85ad-dd1dc43cdc5b','019fdeab-5f68-7c84-bd02-724d5e4851e6','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1794323100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f6b-7efc-b6c6-2d15e217ff90','019fdeab-5f6a-7030-b82d-74b6f0437a51','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1794927900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f7a-781b-abc7-1e0149a4caad','019fdeab-5f79-7d2c-9ad1-15cd351e53d5','019fdeab-5c17-7329-aec4-dbd8366ca26c','excused','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1788959100000,'Medical appointment',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f7c-798a-a114-44687e97fcfe','019fdeab-5f7b-7713-af2b-070148ed8860','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1789563900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f7e-7de7-ab45-e8fd5e2da8a3','019fdeab-5f7d-77ef-9c13-e06740da645f','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1790168700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f80-7ea9-ae3b-11074b3bb3ee','019fdeab-5f7f-71a8-8883-d3501bda2076','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1790773500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f82-7353-a935-fa0d1841d3ac','019fdeab-5f81-71b9-849e-6ca809a5c9f7','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1791378300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f84-7180-9c08-507d999089e5','019fdeab-5f83-7127-9167-547c4bb8e73e','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1791983100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f86-7e56-a11b-5fd2c5f3b6a5','019fdeab-5f85-79d6-bbfa-0a6f1d9a90b2','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1792587900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f88-79d0-8a52-fb0e8da4c228','019fdeab-5f87-7060-9ed6-c3b6e6b9954e','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1793192700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f8a-75a7-9db1-10efeb3e43d7','019fdeab-5f89-7e61-bd4d-d3c21cea001a','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1793797500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f8c-75e7-9d7c-142b3499e905','019fdeab-5f8b-7f10-92f7-73c118fc7a45','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1794402300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f8e-7c41-b476-4227e2873ef0','019fdeab-5f8d-7701-be45-782c9599cd22','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f0c-7528-b912-d8f0b88f27c3',1795007100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5f9e-7141-9a21-cc933529c17e','019fdeab-5f9d-7a79-b102-e8343337ad76','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1789036500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fa0-7406-89a1-1ce08207e98a','019fdeab-5f9f-7ac6-850c-aacdda74ef1b','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1789641300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fa2-7ae9-8815-feebb8afa715','019fdeab-5fa1-7d6e-bacf-86445429d167','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1790246100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fa4-770c-82b3-8e4b7c0fe079','019fdeab-5fa3-7379-aaa2-36a310e14bb1','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1790850900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fa6-739a-98c2-ec8315068ec0','019fdeab-5fa5-78c7-b329-b9b9c7337dab','019fdeab-5c17-7329-aec4-dbd8366ca26c','absent','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1791455700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fa8-746e-9652-5999ca29049f','019fdeab-5fa7-7b9c-8c27-bf83735cc9e6','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1792060500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5faa-7b85-aee2-1842503cfe25','019fdeab-5fa9-7073-bdbe-3b84aeae7563','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1792665300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fac-7e0e-b55f-5ead45ca2946','019fdeab-5fab-7f5e-b031-70d393e160d4','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1793270100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fae-7249-9eed-195c47f442f2','019fdeab-5fad-7114-b05a-9f42136a5098','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1793874900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fb0-7a53-825b-61f8ab33a7e3','019fdeab-5faf-7bd0-afb0-8c41ac93f892','019fdeab-5c17-7329-aec4-dbd8366ca26c','absent','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1794479700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fb2-7a45-a0e8-7b7d9670bd15','019fdeab-5fb1-7f54-b7ea-5c1547866394','019fdeab-5c17-7329-aec4-dbd8366ca26c','absent','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1795084500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fc1-760a-99a2-f8f00381fb00','019fdeab-5fc0-7d84-989b-1a2983a9ba38','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1789115700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fc3-75a3-823e-b763e20e0db7','019fdeab-5fc2-74a1-b176-acebef2b8fd2','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1789720500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fc5-7010-afcf-efffa6992bb3','019fdeab-5fc4-7f5e-8b64-c65028842705','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1790325300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fc7-7788-9fa2-954f6b02654b','019fdeab-5fc6-7d83-af63-c67db173c8b5','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1790930100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fc9-7272-beab-5d6a37b4b9d4','019fdeab-5fc8-79ee-a099-fd75c6c7facd','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1791534900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fcb-720a-9448-b4ac55e9f10d','019fdeab-5fca-7cca-9664-e41e00cdad13','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1792139700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fcd-7359-ad9b-c319ab7c53a7','019fdeab-5fcc-71eb-bf8f-0f5bdb8c6ae7','019fdeab-5c17-7329-aec4-dbd8366ca26c','excused','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1792744500000,'Medical appointment',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fcf-7ee7-a568-a84c57c44852','019fdeab-5fce-70bb-b1ef-9a506b7f8d17','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1793349300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fd1-7254-8b29-c72c1b6821a6','019fdeab-5fd0-7d3a-9e5e-17410c5ce622','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1793954100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fd3-7d71-9bfd-2c5659a9f162','019fdeab-5fd2-7c51-bab9-b518114ae83a','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1794558900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fd5-7fea-959f-5c0e560d71b4','019fdeab-5fd4-7d7f-a25e-2cb9a05f6b57','019fdeab-5c17-7329-aec4-dbd8366ca26c','present','manual',NULL,'','019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1795163700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fe5-770c-9b13-05fad482b466','019fdeab-5fe4-7ec9-9a9b-546f4003f937','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1788770100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fe7-7c30-9434-54573feb42f1','019fdeab-5fe6-757a-ba60-de30d04fbc04','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1789374900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fe9-783a-90ad-574ce181c557','019fdeab-5fe8-7173-bc46-4c87d6b45455','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1789979700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5feb-76db-9ac5-5951b8a22dc0','019fdeab-5fea-79c3-95ba-3f3740f8420f','019fdeab-5c0f-7ec8-961b-e73525a4515c','absent','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1790584500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fed-7cf7-901f-809ec9f44cae','019fdeab-5fec-7875-bc3f-00fd21effddf','019fdeab-5c0f-7ec8-961b-e73525a4515c','late','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1791189300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5fef-756f-b711-f5f9ce120326','019fdeab-5fee-7bb8-991d-4ba753816413','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1791794100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ff1-730d-9296-1832e27e0d84','019fdeab-5ff0-7c29-a05f-e3bba70145f5','019fdeab-5c0f-7ec8-961b-e73525a4515c','late','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1792398900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ff3-7daa-af18-e5ebaf2e4060','019fdeab-5ff2-76c5-b3d1-b925aa254fb4','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1793003700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ff5-731d-9e49-9632a346239b','019fdeab-5ff4-7391-be6e-ed5a76a0bf73','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1793608500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ff7-7871-a440-1fbdf3c0f40c','019fdeab-5ff6-743b-92a2-b6dcb56d314f','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1794213300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-5ff9-76cf-a839-28aadefdae6e','019fdeab-5ff8-7d6f-934d-d684ac6fd6c6','019fdeab-5c0f-7ec8-961b-e73525a4515c','absent','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1794818100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6008-720d-b54d-671f9b57b101','019fdeab-6007-7896-ad10-c89f8bcd7d5c','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1788879900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-600a-7a81-95f4-2e8f75fd1f19','019fdeab-6009-7e60-9f54-eb840718229a','019fdeab-5c0f-7ec8-961b-e73525a4515c','late','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1789484700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-600c-7bea-b435-d41e795e9e78','019fdeab-600b-71f0-8714-86129bdabb1c','019fdeab-5c0f-7ec8-961b-e73525a4515c','absent','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1790089500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-600e-7512-8222-33357c8a3979','019fdeab-600d-7ff3-9b92-614abc39d30a','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1790694300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6010-7e65-9a5c-64333316cbc8','019fdeab-600f-747e-869e-875928f4df99','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1791299100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6012-79d5-a0ec-3630e100d35f','019fdeab-6011-7e0f-9202-18b0878861ec','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1791903900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6014-76d7-a745-0433a59e03ce','019fdeab-6013-730f-8444-63ac5f6f0492','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1792508700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6016-760b-a7ff-68299ceb9f3c','019fdeab-6015-7533-99d6-8ca37b029ea8','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1793113500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6018-7354-9175-516cf736b73a','019fdeab-6017-7a11-8cdb-c4d5a5d284cf','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1793718300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-601a-7d3f-80b4-7d747cabf410','019fdeab-6019-7a37-ad3f-1de3f71e38ab','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1794323100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-601c-776c-a8e8-c2d80c6502a2','019fdeab-601b-77ce-9b68-baba58809fa9','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1794927900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-602b-7722-b795-3a7c4230af6b','019fdeab-602a-73e1-a850-1362e42c7830','019fdeab-5c0f-7ec8-961b-e73525a4515c','excused','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1788959100000,'Medical appointment',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-602d-7267-ba41-f307e970d952','019fdeab-602c-73b2-b827-c1c9fcb7ad29','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1789563900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-602f-7ed4-ac56-d149f673bff7','019fdeab-602e-72ee-b756-f4cfdf3536f2','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1790168700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6031-749c-9fd6-18a5afcc048c','019fdeab-6030-7c62-9339-86243c9ccc4d','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1790773500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6033-7ca8-8e20-193e880eb707','019fdeab-6032-70c6-9951-140ba6be661c','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1791378300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6035-7217-80cc-c100817e4307','019fdeab-6034-7a71-b557-b110be249dab','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1791983100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6037-7d7a-bcce-d1148a3a95aa','019fdeab-6036-7164-9483-62566a6120e0','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1792587900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6039-7612-996f-68edcbd7fba0','019fdeab-6038-736e-8735-4eb1e5d8a1a8','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1793192700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-603b-7fa8-a091-b50ff4481c3e','019fdeab-603a-74d7-90f8-13739bd81186','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1793797500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-603d-7936-bd92-ec543402cb06','019fdeab-603c-73b8-bf58-bf9063620af0','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1794402300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-603f-78a0-8286-e923e3397289','019fdeab-603e-7fe3-8270-b1fdf60dee12','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1795007100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-604e-704c-887e-877f2bc52eb1','019fdeab-604d-7e39-8027-5ed2bdbc6b9a','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1789036500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6050-7db0-a6dd-1016663ccc0e','019fdeab-604f-75ff-adf1-c5920669972e','019fdeab-5c0f-7ec8-961b-e73525a4515c','late','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1789641300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6052-7253-8f87-73a3c5f6d420','019fdeab-6051-718c-8482-df967018bcea','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1790246100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6054-7b2c-b079-0cefbe52c974','019fdeab-6053-7a48-9c42-de841e87e920','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1790850900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6056-7e87-8648-251767a6dc9a','019fdeab-6055-7e0d-a495-30ba293aa59c','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1791455700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6058-7763-a914-ca0f669d801c','019fdeab-6057-77f1-bdf1-4c4d759bd404','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1792060500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-605a-7a4a-bd1a-bd488b45e83d','019fdeab-6059-7af9-aeb5-989ccfc8ccb9','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1792665300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-605c-799a-a524-2bb2b935da62','019fdeab-605b-78c5-9221-2c158bae324d','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1793270100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-605e-7895-8d42-a77820c758bd','019fdeab-605d-7030-bac1-4ee755e99435','019fdeab-5c0f-7ec8-961b-e73525a4515c','late','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1793874900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6060-705e-94a2-b0ece9b37608','019fdeab-605f-7a41-b346-52c57be19e2d','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1794479700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6062-73cb-8b45-7734202a9d46','019fdeab-6061-7c2b-89b9-f3b1159a80bc','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-5fe0-768b-ae08-59b9dad84215',1795084500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6072-79e1-909d-7bf17d3852d8','019fdeab-6071-712b-a49b-ae2c5320a366','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-606d-7674-91bd-c8377c62469c',1789115700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6074-7bb8-a447-28afc083c671','019fdeab-6073-773b-8dcf-69fc17a06027','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-606d-7674-91bd-c8377c62469c',1789720500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6076-7a47-b065-8207ebb2ad8c','019fdeab-6075-722a-894b-9ffb067f9bdb','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-606d-7674-91bd-c8377c62469c',1790325300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6078-7aec-a57a-0110a2d8d068','019fdeab-6077-7231-be8c-f92bb73c2303','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-606d-7674-91bd-c8377c62469c',1790930100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-607a-7ae5-a2d3-c309a412fd6b','019fdeab-6079-771f-ac57-e0d1932144ca','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-606d-7674-91bd-c8377c62469c',1791534900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-607c-7dd1-ae0b-48451965d033','019fdeab-607b-7261-81f5-84eeef11f226','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-606d-7674-91bd-c8377c62469c',1792139700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-607e-7eae-8f76-28a6ff1edfa5','019fdeab-607d-7d54-a2d8-81eb50186f2e','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-606d-7674-91bd-c8377c62469c',1792744500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6080-7ea0-ae8b-25e6e5c3fe63','019fdeab-607f-740e-a88a-64493a7a7ced','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-606d-7674-91bd-c8377c62469c',1793349300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6082-725c-b770-b70ea42bee96','019fdeab-6081-7ae8-853a-29c8b54c34c9','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-606d-7674-91bd-c8377c62469c',1793954100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6084-7cd8-8608-8bd14843e911','019fdeab-6083-7f71-b93a-f14ee51e28b2','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-606d-7674-91bd-c8377c62469c',1794558900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6086-7d72-abd0-35a678e16722','019fdeab-6085-7ecd-8f4a-6fa34d072198','019fdeab-5c0f-7ec8-961b-e73525a4515c','present','manual',NULL,'','019fdeab-606d-7674-91bd-c8377c62469c',1795163700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6097-7d14-9b70-f3ab164d453d','019fdeab-6096-71f0-a0ed-18f8f011b029','019fdeab-5c08-73e9-8cf5-379daf387be1','present','face',0.98799999999999998934,'yunet-2022mar+resnet128','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1788770100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6098-795a-ba4e-5bfeb39cb8ff','019fdeab-6096-71f0-a0ed-18f8f011b029','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1788770100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-609a-7b3d-9934-c1f4b70dd380','019fdeab-6099-7c7e-871d-db44b2c36769','019fdeab-5c08-73e9-8cf5-379daf387be1','late','face',0.98399999999999998578,'yunet-2022mar+resnet128','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1789374900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-609b-7233-b466-a7bc24880a05','019fdeab-6099-7c7e-871d-db44b2c36769','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1789374900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-609d-725f-bb84-46ee27ac4a05','019fdeab-609c-707a-96ce-40a081647d2b','019fdeab-5c08-73e9-8cf5-379daf387be1','late','face',0.93700000000000005506,'yunet-2022mar+resnet128','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1789979700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-609e-7d69-9ec4-dbcce276eabb','019fdeab-609c-707a-96ce-40a081647d2b','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1789979700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60a0-7fb7-ae0e-8f5359d88883','019fdeab-609f-7b83-aa4b-99005f7bc6a7','019fdeab-5c08-73e9-8cf5-379daf387be1','present','face',0.83499999999999996447,'yunet-2022mar+resnet128','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790584500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60a1-7ea5-80a5-761c3f6d0df9','019fdeab-609f-7b83-aa4b-99005f7bc6a7','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790584500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60a3-7cfe-bea6-853353925f86','019fdeab-60a2-7f4c-845e-158e47fe2a7b','019fdeab-5c08-73e9-8cf5-379daf387be1','present','face',0.83399999999999996358,'yunet-2022mar+resnet128','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791189300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60a4-7128-89df-da39e9436a56','019fdeab-60a2-7f4c-845e-158e47fe2a7b','019fdeab-5c19-71cc-a3ae-06026248d735','late','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791189300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60a6-736d-b5de-ba37a2028acb','019fdeab-60a5-79a4-92ed-b641f5cec3c9','019fdeab-5c08-73e9-8cf5-379daf387be1','present','face',0.90100000000000002309,'yunet-2022mar+resnet128','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791794100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60a7-7de5-9f48-8c434ef54c81','019fdeab-60a5-79a4-92ed-b641f5cec3c9','019fdeab-5c19-71cc-a3ae-06026248d735','late','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791794100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60a9-78c2-aa94-023d4eb3be3c','019fdeab-60a8-7b63-bc25-684dcbe6f01c','019fdeab-5c08-73e9-8cf5-379daf387be1','present','face',0.86099999999999998756,'yunet-2022mar+resnet128','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792398900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60aa-7a37-bec5-861e5754461a','019fdeab-60a8-7b63-bc25-684dcbe6f01c','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792398900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60ac-7c39-b949-af342168ad22','019fdeab-60ab-723f-8f3d-20f0272ba1b3','019fdeab-5c08-73e9-8cf5-379daf387be1','present','face',0.91900000000000003907,'yunet-2022mar+resnet128','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793003700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60ad-7acc-b21c-b28737a257b5','019fdeab-60ab-723f-8f3d-20f0272ba1b3','019fdeab-5c19-71cc-a3ae-06026248d735','late','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793003700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60af-7546-a92b-384b027d37a6','019fdeab-60ae-7a1b-923a-669bcdfbd235','019fdeab-5c08-73e9-8cf5-379daf387be1','excused','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793608500000,'Medical appointment',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60b0-7833-9faa-8ddb67365d08','019fdeab-60ae-7a1b-923a-669bcdfbd235','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793608500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60b2-730d-8360-bb10722b998b','019fdeab-60b1-7ac6-a80d-55ddfe2d5448','019fdeab-5c08-73e9-8cf5-379daf387be1','present','face',0.94299999999999994937,'yunet-2022mar+resnet128','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794213300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60b3-7062-ac2d-4bd89ea8d3d8','019fdeab-60b1-7ac6-a80d-55ddfe2d5448','019fdeab-5c19-71cc-a3ae-06026248d735','excused','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794213300000,'Medical appointment',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60b5-79ec-8060-ec803ff6a81e','019fdeab-60b4-753e-acfd-2304cfad9c03','019fdeab-5c08-73e9-8cf5-379daf387be1','present','face',0.92200000000000004174,'yunet-2022mar+resnet128','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794818100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60b6-786d-8c53-3a5b2d0fd4ef','019fdeab-60b4-753e-acfd-2304cfad9c03','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794818100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60c9-77bf-80f4-e5ab731bfe23','019fdeab-60c8-78f5-a560-837605298393','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1788879900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60ca-7d2b-b716-197f06836399','019fdeab-60c8-78f5-a560-837605298393','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1788879900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60cc-75e5-81ce-35dabc3fea90','019fdeab-60cb-7875-9e17-cd968261acdb','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1789484700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60cd-72a3-8387-054e0039cb44','019fdeab-60cb-7875-9e17-cd968261acdb','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1789484700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60cf-7892-b1b9-93cbc63b6dff','019fdeab-60ce-7c67-bb5c-a5bd1c0db8b5','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790089500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60d0-7477-a933-ad4aa65ee1cd','019fdeab-60ce-7c67-bb5c-a5bd1c0db8b5','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790089500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60d2-7be9-8d3b-226f89a0e3c2','019fdeab-60d1-7270-a18b-28b6f32bf1a7','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790694300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60d3-7b18-bdf6-064c8547eea0','019fdeab-60d1-7270-a18b-28b6f32bf1a7','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790694300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60d5-7d1b-bd77-492257e817cd','019fdeab-60d4-7965-8aef-36f3ba841c7b','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791299100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60d6-764d-a857-68c87836b10f','019fdeab-60d4-7965-8aef-36f3ba841c7b','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791299100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60d8-754e-a694-ff5cec216ad6','019fdeab-60d7-7925-acc9-c2c47743421c','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791903900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60d9-76e8-bed6-cffc61575566','019fdeab-60d7-7925-acc9-c2c47743421c','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791903900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60db-708a-ae26-3499bed85f11','019fdeab-60da-7028-bacd-98304a755542','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792508700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60dc-7381-8e8c-bbc42f1b384a','019fdeab-60da-7028-bacd-98304a755542','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792508700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60de-722f-ad76-0e12a8dee2bf','019fdeab-60dd-7dba-bd21-38e20f819a70','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793113500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60df-7bff-af82-53d1d8406e46','019fdeab-60dd-7dba-bd21-38e20f819a70','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793113500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60e1-7e96-a288-b514eecd4ce2','019fdeab-60e0-7e91-83e6-eb863020098a','019fdeab-5c08-73e9-8cf5-379daf387be1','excused','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793718300000,'Medical appointment',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60e2-7ad4-8248-adae5d922e31','019fdeab-60e0-7e91-83e6-eb863020098a','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793718300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60e4-72f5-b6ee-cf1c0b834091','019fdeab-60e3-7fba-b30f-ece0eb2b18bc','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794323100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60e5-7b8e-a724-21b761e6adfc','019fdeab-60e3-7fba-b30f-ece0eb2b18bc','019fdeab-5c19-71cc-a3ae-06026248d735','absent','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794323100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60e7-7b41-b27f-cc751e714a78','019fdeab-60e6-7b8e-932f-6c69147636b7','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794927900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60e8-78d9-b9a3-1967533906b2','019fdeab-60e6-7b8e-932f-6c69147636b7','019fdeab-5c19-71cc-a3ae-06026248d735','late','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794927900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60fb-7a4d-8178-0001746a1630','019fdeab-60fa-7a95-acbd-43884160e540','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1788959100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60fc-7b8e-ad65-6673b754f978','019fdeab-60fa-7a95-acbd-43884160e540','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1788959100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60fe-7db6-a042-803e52934fa0','019fdeab-60fd-7918-8e7b-cc85fa56eecc','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1789563900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-60ff-79d9-b26f-d072981bcfce','019fdeab-60fd-7918-8e7b-cc85fa56eecc','019fdeab-5c19-71cc-a3ae-06026248d735','late','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1789563900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6101-7021-8de2-8be70a5217f2','019fdeab-6100-70de-a364-65ac2ba0309d','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790168700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6102-7524-8823-e3e47015d1ed','019fdeab-6100-70de-a364-65ac2ba0309d','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790168700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6104-7618-9ce8-42c77b3fac08','019fdeab-6103-77c8-a631-119ee8fbe1f6','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790773500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6105-7d6f-9548-f33adda1ca53','019fdeab-6103-77c8-a631-119ee8fbe1f6','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790773500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6107-7e42-8e89-e51b746bfce0','019fdeab-6106-7c5b-a5fb-919983e1b4e4','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791378300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6108-7177-a89b-7fb8e918f077','019fdeab-6106-7c5b-a5fb-919983e1b4e4','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791378300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-610a-7b89-b031-002c40df434e','019fdeab-6109-7181-b5d9-0194881c334f','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791983100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-610b-7f21-ae54-225acbd4df76','019fdeab-6109-7181-b5d9-0194881c334f','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791983100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-610d-78e0-941c-d244e9f19d32','019fdeab-610c-7097-87a7-9c631417c8f9','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792587900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-610e-7bb2-86dc-a0c92123a37c','019fdeab-610c-7097-87a7-9c631417c8f9','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792587900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6110-7e68-97b3-9227b694f876','019fdeab-610f-7142-b6aa-a782a083d315','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793192700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6111-703c-8957-14ea3e403362','019fdeab-610f-7142-b6aa-a782a083d315','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793192700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6113-7167-b27e-16dbd8219077','019fdeab-6112-7f9b-8794-d79ee5929a7f','019fdeab-5c08-73e9-8cf5-379daf387be1','absent','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793797500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6114-7000-ac59-73d862e952db','019fdeab-6112-7f9b-8794-d79ee5929a7f','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793797500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6116-7c36-82d7-172aa43f0164','019fdeab-6115-7a7a-8130-b5fa458ebd45','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794402300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6117-7f1f-98ce-cabe93f30451','019fdeab-6115-7a7a-8130-b5fa458ebd45','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794402300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6119-7c35-8180-978306e52886','019fdeab-6118-7620-84d2-fd7586017cc9','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1795007100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-611a-75f9-befd-40b278f83783','019fdeab-6118-7620-84d2-fd7586017cc9','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1795007100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-612d-7185-88c0-da84d5f9a073','019fdeab-612c-7163-b093-9334528d920e','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1789036500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-612e-70b9-9a3f-2a758ce530db','019fdeab-612c-7163-b093-9334528d920e','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1789036500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6130-77f8-abd9-b389eed4b9ba','019fdeab-612f-7db6-af77-4b96932aeae3','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1789641300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6131-7a0b-a6ce-2c1942be9a0a','019fdeab-612f-7db6-af77-4b96932aeae3','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1789641300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6133-798d-9e21-9de435750780','019fdeab-6132-73fc-b9b7-f4723a24ed3f','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790246100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6134-7af4-863e-c4c73d020bc1','019fdeab-6132-73fc-b9b7-f4723a24ed3f','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790246100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6136-78b6-bf7b-bfaef89a7485','019fdeab-6135-79f2-befa-216d47d97214','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790850900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6137-7098-8e83-cb68df719a40','019fdeab-6135-79f2-befa-216d47d97214','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1790850900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6139-741b-ad70-6b5d6be21fb5','019fdeab-6138-7bb1-bd4b-4363928ca633','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791455700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-613a-7fab-99d3-b433a11c9773','019fdeab-6138-7bb1-bd4b-4363928ca633','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791455700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-613c-71e3-9ade-3959c384b2dd','019fdeab-613b-76bc-9d01-711623824a94','019fdeab-5c08-73e9-8cf5-379daf387be1','late','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792060500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-613d-77ee-a184-70de71d0b1a1','019fdeab-613b-76bc-9d01-711623824a94','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792060500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-613f-7f44-9a4e-cb6f216a5c5c','019fdeab-613e-7654-8a60-3a25f09a1982','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792665300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6140-72af-8513-7b2e5172da8c','019fdeab-613e-7654-8a60-3a25f09a1982','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792665300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6142-713b-83d3-a22168624404','019fdeab-6141-779e-b6fd-81dd18465620','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793270100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6143-74ca-bc75-23fac3d951d0','019fdeab-6141-779e-b6fd-81dd18465620','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793270100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6145-76bb-b513-9bbbdb197aa1','019fdeab-6144-7b47-9cd1-940b4045e477','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793874900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6146-7a3d-a473-e392e7704bdd','019fdeab-6144-7b47-9cd1-940b4045e477','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1793874900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6148-7a51-bfdf-0e785b625272','019fdeab-6147-76b3-9cff-0f0b42548870','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794479700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6149-778e-894e-065dc237477f','019fdeab-6147-76b3-9cff-0f0b42548870','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794479700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-614b-7c78-a045-9226837a7867','019fdeab-614a-7517-8a7e-54124e95213b','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1795084500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-614c-7b19-9a1f-cd9314a92e03','019fdeab-614a-7517-8a7e-54124e95213b','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1795084500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6160-749b-ae37-249cf775cecb','019fdeab-615f-7c4e-9f83-93407ddfe10c','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1789115700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6161-7af4-a8e0-6839918f7008','019fdeab-615f-7c4e-9f83-93407ddfe10c','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1789115700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6163-712a-ae8c-b24e56687723','019fdeab-6162-7d04-a7ec-1af1ae3e1b4a','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1789720500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6164-75c6-88b4-b243f6a582b5','019fdeab-6162-7d04-a7ec-1af1ae3e1b4a','019fdeab-5c19-71cc-a3ae-06026248d735','late','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1789720500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6166-7ec8-bc5c-33328d6a60f9','019fdeab-6165-7f66-bc5f-3d3d0123b982','019fdeab-5c08-73e9-8cf5-379daf387be1','absent','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1790325300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6167-7dc1-a194-329fd427ac3a','019fdeab-6165-7f66-bc5f-3d3d0123b982','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1790325300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6169-7a36-a656-9c2443c3ae49','019fdeab-6168-7486-a586-eba0742c3a91','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1790930100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-616a-79de-bc8c-8b24b30d2bed','019fdeab-6168-7486-a586-eba0742c3a91','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1790930100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-616c-7d12-8e1a-ba91640c5fbb','019fdeab-616b-72c3-846b-8e64bd040f17','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1791534900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-616d-715f-b6c4-b57510f3d709','019fdeab-616b-72c3-846b-8e64bd040f17','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1791534900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-616f-76f3-b8bd-715fe66254ae','019fdeab-616e-7ab9-a990-38d96107e0f3','019fdeab-5c08-73e9-8cf5-379daf387be1','absent','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1792139700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6170-7857-8d37-fb013ca03fd9','019fdeab-616e-7ab9-a990-38d96107e0f3','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1792139700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6172-771c-8e6d-08a761731cdf','019fdeab-6171-74c4-921e-2801c3bf6bea','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1792744500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6173-7087-b190-63e7db46c842','019fdeab-6171-74c4-921e-2801c3bf6bea','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1792744500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6175-7671-b370-530f9bcee243','019fdeab-6174-708a-9609-4d3ca2c86674','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1793349300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6176-7dfe-8ab6-bc0f4d25b39d','019fdeab-6174-708a-9609-4d3ca2c86674','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1793349300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6178-7cb7-9547-fe1a8855b569','019fdeab-6177-7536-bc33-348652280303','019fdeab-5c08-73e9-8cf5-379daf387be1','late','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1793954100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6179-7032-ae19-7b9835a7b020','019fdeab-6177-7536-bc33-348652280303','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1793954100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-617b-75a5-ad81-0561228a315f','019fdeab-617a-7580-b67e-725978b874a8','019fdeab-5c08-73e9-8cf5-379daf387be1','absent','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1794558900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-617c-7fed-a72d-c6d3fd0aae40','019fdeab-617a-7580-b67e-725978b874a8','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1794558900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-617e-78eb-adea-77aea432580d','019fdeab-617d-7400-981b-87e59aed24e3','019fdeab-5c08-73e9-8cf5-379daf387be1','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1795163700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-617f-73f7-bb8c-79eac66fbfcd','019fdeab-617d-7400-981b-87e59aed24e3','019fdeab-5c19-71cc-a3ae-06026248d735','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1795163700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6191-7148-a806-5ee9dab58755','019fdeab-6190-71ce-9c8e-d7c67a1f5d3d','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1788770100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6193-7409-b73c-704b5cc2a8f9','019fdeab-6192-71a2-aa3d-fc241f372084','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1789374900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6195-74cb-b691-6f8c571769b3','019fdeab-6194-7862-b12d-a0f9a6b8f07d','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1789979700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6197-7e87-b4cc-772a94e00c26','019fdeab-6196-741a-a243-8d2e54e9a082','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1790584500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6199-79b7-9d10-314dcb6e6362','019fdeab-6198-73b9-87f8-dd33270af475','019fdeab-5c03-7497-86da-fe42f42f1b9a','late','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1791189300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-619b-777a-8e22-2461c415909b','019fdeab-619a-73f8-afdb-011bbb5222f1','019fdeab-5c03-7497-86da-fe42f42f1b9a','late','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1791794100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-619d-78a7-8f82-bebcd1a37d26','019fdeab-619c-7baf-be17-d99de71682f7','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1792398900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-619f-7039-9adc-2f70941ad5b2','019fdeab-619e-76af-823d-7de25e332762','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1793003700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61a1-790d-af39-b0628a51a925','019fdeab-61a0-7089-9e9a-717881fde476','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1793608500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61a3-757a-91c9-00f574decd1a','019fdeab-61a2-7380-b40c-104d5fb36038','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1794213300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61a5-742c-b139-39fa6d1b09b9','019fdeab-61a4-78b0-8a5e-d574140b39e7','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1794818100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61b4-7d3c-8e6f-0be23578224d','019fdeab-61b3-7886-a7f6-2076924effab','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1788879900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61b6-70c3-ba61-e1350a40faa5','019fdeab-61b5-7b3a-ad6e-06a02e6ee50b','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1789484700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61b8-7395-9526-27680f110380','019fdeab-61b7-79ea-83c4-99793bd593d7','019fdeab-5c03-7497-86da-fe42f42f1b9a','late','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1790089500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61ba-75d2-a16e-23856cf835b8','019fdeab-61b9-7fce-ade4-ae18e9a75772','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1790694300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61bc-7f0c-933b-a221ebba552a','019fdeab-61bb-7c9d-bfb5-eceffa7f808c','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1791299100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61be-768b-8bbf-42a31ff38e9a','019fdeab-61bd-7ef9-bff3-2c5a3e821436','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1791903900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61c0-7f24-995a-6349964acbab','019fdeab-61bf-73dc-8ee9-e899719e3043','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1792508700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61c2-738f-a935-31dfbe1b41fa','019fdeab-61c1-7ed4-853c-b2a86ff33ea9','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1793113500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61c4-7a50-9f66-ee053d8b2c81','019fdeab-61c3-72ff-9027-caf88bc198dc','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1793718300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61c6-71ba-9d5f-0a1a0f95d482','019fdeab-61c5-7ae2-97a7-2ba72bdde469','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1794323100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61c8-79df-8498-5a8978b02274','019fdeab-61c7-7066-af96-e37e56bcc2c1','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1794927900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61d7-7871-ae66-512b500a331e','019fdeab-61d6-7b8b-9cf4-e8ca79408e56','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1788959100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61d9-7804-bb46-73d91e900e00','019fdeab-61d8-76d4-afd4-feb19cb73787','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1789563900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61db-74d8-b845-01e6087d351b','019fdeab-61da-7b43-86ba-105e9b69c7bf','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1790168700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61dd-762b-b1ee-4aefe9f245a5','019fdeab-61dc-7eb9-ba78-673bdba4d083','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1790773500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61df-7d5f-922c-83c5810cbb80','019fdeab-61de-79b4-8a60-e82df5ed1910','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1791378300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61e1-703f-ac11-27f61efb4ea7','019fdeab-61e0-76f5-ba12-9e4ece6c8b8f','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1791983100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61e3-7989-b387-9619ff5d150e','019fdeab-61e2-7794-ba7c-bd918a9a8da6','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1792587900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61e5-7717-892e-7dda035fe721','019fdeab-61e4-7b3e-892e-f092a2bba727','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1793192700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61e7-753e-bd9b-1752212994dc','019fdeab-61e6-7884-8dc4-e970a65463ce','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1793797500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61e9-7875-9272-e7ab1cf33d71','019fdeab-61e8-78ed-9be5-2d670be45e03','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1794402300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61eb-7c61-8be6-38fa18112dbd','019fdeab-61ea-75d4-80e5-66e9036d6bf1','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-615a-746d-a70d-d92ec1fe9463',1795007100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61fb-76fa-b981-65254d455983','019fdeab-61fa-76f8-b5f3-61f7b50f762c','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1789036500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61fd-7403-b12b-47fd4191165b','019fdeab-61fc-79c1-99b7-ed8ef125ba82','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1789641300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-61ff-739f-acd0-bd909e538df0','019fdeab-61fe-726e-bfbb-f92cffc492f4','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1790246100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6201-7482-aa86-13f8bd5b648e','019fdeab-6200-7048-a825-9a3e96a5ef3c','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1790850900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6203-7753-a3db-e6d834fe439e','019fdeab-6202-7ce9-8686-8f4b2f6f6ffb','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1791455700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6205-7aab-878d-760877bd1210','019fdeab-6204-78f8-8906-342caae9a45f','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1792060500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6207-7561-92f3-ea2d54c7d4ad','019fdeab-6206-7e57-8802-c6eab1884ae2','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1792665300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6209-7eba-9513-d963902ab8f1','019fdeab-6208-72df-b657-5980f8195d90','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1793270100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-620b-740b-bbd6-512cdbf4759d','019fdeab-620a-750e-bfae-46b579baad88','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1793874900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-620d-7f99-b3e2-f0fada0d2474','019fdeab-620c-7595-a4ba-968096573363','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1794479700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-620f-7507-bed8-fc6e72c3860f','019fdeab-620e-71b9-8ca0-0d6495ca7928','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1795084500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-621e-70cb-8125-f2c1aca557ca','019fdeab-621d-7e5d-ad22-912083ed056c','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1789115700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6220-764c-af5d-87f803ef0548','019fdeab-621f-792f-990e-eb03dc6869c7','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1789720500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6222-7a07-be48-dbf35314fda0','019fdeab-6221-7943-8ac3-a687e5c08513','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1790325300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6224-791a-bf7d-d55f3101cd14','019fdeab-6223-74e8-bfbe-5b5d27a269b3','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1790930100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6226-79c8-933f-1b835166fb2a','019fdeab-6225-7663-b860-6ab273d78295','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1791534900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6228-7010-bc28-4cb93c57fdd7','019fdeab-6227-7d01-b269-ebf9f9b87cf2','019fdeab-5c03-7497-86da-fe42f42f1b9a','late','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1792139700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-622a-79d5-8881-c463e94ec7bc','019fdeab-6229-7d2c-9bab-fbefea65792f','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1792744500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-622c-73f0-9d16-aeacec048b62','019fdeab-622b-7f7c-ace4-c077bd0bef68','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1793349300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-622e-74fa-a757-2a59c1ebfc12','019fdeab-622d-7a1a-bded-a360a0d1bff4','019fdeab-5c03-7497-86da-fe42f42f1b9a','late','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1793954100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6230-7694-a9b1-dda0818486e6','019fdeab-622f-7cf1-a48c-a89d4945f751','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1794558900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6232-759d-9aec-e3d9c5f71e1d','019fdeab-6231-77cd-b489-91854ef69422','019fdeab-5c03-7497-86da-fe42f42f1b9a','present','manual',NULL,'','019fdeab-61f6-7cbd-a2e9-67396246f099',1795163700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6243-7bab-8be1-68a690c37cf5','019fdeab-6242-749c-91c2-35df53ac6a69','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','face',0.96099999999999996536,'yunet-2022mar+resnet128','019fdeab-623d-7fe4-89a3-13e34ee054f6',1788770100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6244-76fc-8650-81286185eb9e','019fdeab-6242-749c-91c2-35df53ac6a69','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','face',0.82099999999999995203,'yunet-2022mar+resnet128','019fdeab-623d-7fe4-89a3-13e34ee054f6',1788770100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6246-773e-9b70-b0526720e8d8','019fdeab-6245-7b33-abd8-0c9f74742132','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','absent','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1789374900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6247-7943-ace0-f45bdbc3f77f','019fdeab-6245-7b33-abd8-0c9f74742132','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','face',0.89200000000000001509,'yunet-2022mar+resnet128','019fdeab-623d-7fe4-89a3-13e34ee054f6',1789374900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6249-73bb-9b7c-a630dfde0acf','019fdeab-6248-7f1b-8319-ca6f406916d1','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','face',0.87199999999999999733,'yunet-2022mar+resnet128','019fdeab-623d-7fe4-89a3-13e34ee054f6',1789979700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-624a-7b16-8627-1946ac0d90da','019fdeab-6248-7f1b-8319-ca6f406916d1','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','face',0.9340000000000000524,'yunet-2022mar+resnet128','019fdeab-623d-7fe4-89a3-13e34ee054f6',1789979700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-624c-789b-9216-1b627f6ea84c','019fdeab-624b-7c4c-a825-8e382217301f','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','face',0.87600000000000000088,'yunet-2022mar+resnet128','019fdeab-623d-7fe4-89a3-13e34ee054f6',1790584500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-624d-74b1-859b-d356bbda1e85','019fdeab-624b-7c4c-a825-8e382217301f','019fdeab-5c1b-73bd-9382-df01bd32aa56','absent','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1790584500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-624f-757e-b688-53549ca09f14','019fdeab-624e-7681-ac8a-632ecefa2219','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','face',0.8489999999999999769,'yunet-2022mar+resnet128','019fdeab-623d-7fe4-89a3-13e34ee054f6',1791189300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6250-7577-92ba-1c392405950d','019fdeab-624e-7681-ac8a-632ecefa2219','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','face',0.9829999999999999849,'yunet-2022mar+resnet128','019fdeab-623d-7fe4-89a3-13e34ee054f6',1791189300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6252-7a20-b0d8-a6788ae37c8f','019fdeab-6251-7eb5-beb0-b2dda04c2483','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','face',0.91600000000000003641,'yunet-2022mar+resnet128','019fdeab-623d-7fe4-89a3-13e34ee054f6',1791794100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6253-7f2c-8f99-b5f89792aa5e','019fdeab-6251-7eb5-beb0-b2dda04c2483','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','face',0.92900000000000004796,'yunet-2022mar+resnet128','019fdeab-623d-7fe4-89a3-13e34ee054f6',1791794100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6255-7363-aa25-05a88ebf3b3c','019fdeab-6254-7c60-853c-b1a0e44812ec','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','late','face',0.98399999999999998578,'yunet-2022mar+resnet128','019fdeab-623d-7fe4-89a3-13e34ee054f6',1792398900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6256-7f74-9561-54cb437635be','019fdeab-6254-7c60-853c-b1a0e44812ec','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','face',0.9000000000000000222,'yunet-2022mar+resnet128','019fdeab-623d-7fe4-89a3-13e34ee054f6',1792398900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6258-792f-98fa-36282fd13a55','019fdeab-6257-7489-8ceb-806abc619e23','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','face',0.865999999999999992,'yunet-2022mar+resnet128','019fdeab-623d-7fe4-89a3-13e34ee054f6',1793003700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6259-784d-923f-55c04f7f56a5','019fdeab-6257-7489-8ceb-806abc619e23','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','face',0.85199999999999997957,'yunet-2022mar+resnet128','019fdeab-623d-7fe4-89a3-13e34ee054f6',1793003700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-625b-7e15-9236-bcea1a63523c','019fdeab-625a-7fa5-ad09-215bda8a7d3c','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','face',0.94999999999999995559,'yunet-2022mar+resnet128','019fdeab-623d-7fe4-89a3-13e34ee054f6',1793608500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-625c-7b3b-b909-72e18c897eec','019fdeab-625a-7fa5-ad09-215bda8a7d3c','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','face',0.97099999999999997424,'yunet-2022mar+resnet128','019fdeab-623d-7fe4-89a3-13e34ee054f6',1793608500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-625e-7582-a4f8-3424a336445a','019fdeab-625d-70b9-9943-f197aeba58a5','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','face',0.93300000000000005151,'yunet-2022mar+resnet128','019fdeab-623d-7fe4-89a3-13e34ee054f6',1794213300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-625f-7093-a8ef-045bfaa58233','019fdeab-625d-70b9-9943-f197aeba58a5','019fdeab-5c1b-73bd-9382-df01bd32aa56','absent','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1794213300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6261-7869-9e05-06d4c6f9a1bd','019fdeab-6260-7f8d-bd57-9ecb0e8154c2','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','absent','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1794818100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6262-7aae-82af-1a3db3bd925d','019fdeab-6260-7f8d-bd57-9ecb0e8154c2','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','face',0.97499999999999997779,'yunet-2022mar+resnet128','019fdeab-623d-7fe4-89a3-13e34ee054f6',1794818100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6275-70be-9ff7-e55fc1f54e4f','019fdeab-6274-7273-9b4f-2128306ef2dd','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1788879900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6276-7cf0-aa25-f8553eb06774','019fdeab-6274-7273-9b4f-2128306ef2dd','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1788879900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6278-7672-a83d-bb9f162fce2c','019fdeab-6277-7d5e-bab9-730568aa1885','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1789484700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6279-7013-8ebf-36bfee80efc6','019fdeab-6277-7d5e-bab9-730568aa1885','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1789484700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-627b-7f8a-9831-364d97648eca','019fdeab-627a-7c70-a27c-75ff88a3d869','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1790089500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-627c-7b49-838e-05d5a37485e1','019fdeab-627a-7c70-a27c-75ff88a3d869','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1790089500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-627e-7a5c-a96f-5f74b1c5c280','019fdeab-627d-77a5-990f-1169c0c655d2','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1790694300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-627f-75fd-b21a-263b58871509','019fdeab-627d-77a5-990f-1169c0c655d2','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1790694300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6281-7304-9cbc-e8996ac99269','019fdeab-6280-7afa-ac2c-8f41651a9a1a','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1791299100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6282-7822-980a-39ebcb0a976c','019fdeab-6280-7afa-ac2c-8f41651a9a1a','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1791299100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6284-72fc-b36d-730579e6550a','019fdeab-6283-76b0-975f-b02d5f378efe','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','absent','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1791903900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6285-700d-aa69-911bca3b6876','019fdeab-6283-76b0-975f-b02d5f378efe','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1791903900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6287-7ec8-b40d-bd2a99ee85e5','019fdeab-6286-7407-8003-f4b1547a7dfb','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1792508700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6288-7d9a-9081-09d4ffb290f5','019fdeab-6286-7407-8003-f4b1547a7dfb','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1792508700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-628a-7f72-be03-2858b11e8277','019fdeab-6289-75e3-9062-9df7955bdbe5','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1793113500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-628b-73c7-a15d-ddda9230eccf','019fdeab-6289-75e3-9062-9df7955bdbe5','019fdeab-5c1b-73bd-9382-df01bd32aa56','late','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1793113500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-628d-7bd0-92b4-da5764e0b803','019fdeab-628c-729f-9a0e-44f60714eae8','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1793718300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-628e-74e2-83df-6692533f2ed2','019fdeab-628c-729f-9a0e-44f60714eae8','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1793718300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6290-72d8-834a-3428fc0f0f4e','019fdeab-628f-74da-bcbc-a25d26fcc1e7','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1794323100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6291-7ac1-a70f-5c19acfed1a5','019fdeab-628f-74da-bcbc-a25d26fcc1e7','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1794323100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6293-7a80-900c-3cfadc831f41','019fdeab-6292-753b-b078-b77bd8245d77','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1794927900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6294-74da-bd4f-de1adaa2417a','019fdeab-6292-753b-b078-b77bd8245d77','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1794927900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62a7-71cc-ae2e-332431d9f499','019fdeab-62a6-7ac9-9c29-1ea89d6f0a5b','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1788959100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62a8-78fc-bc7e-b6396b04f67e','019fdeab-62a6-7ac9-9c29-1ea89d6f0a5b','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1788959100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62aa-79d8-9c86-ddffd21fd094','019fdeab-62a9-7f6b-962f-fe61d4c6bfa9','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1789563900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62ab-7bc9-a2ec-32119a1e463d','019fdeab-62a9-7f6b-962f-fe61d4c6bfa9','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1789563900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62ad-7dac-b1a0-51db1ee64bee','019fdeab-62ac-735f-bc1e-a0f70a0f3f03','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1790168700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62ae-7c85-891b-1817f7ce362d','019fdeab-62ac-735f-bc1e-a0f70a0f3f03','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1790168700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62b0-7162-a36d-17bf5f8e8351','019fdeab-62af-7828-919d-67cb001fd86d','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','absent','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1790773500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62b1-70d6-b242-1175205c258d','019fdeab-62af-7828-919d-67cb001fd86d','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','excused','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1791032400000,'Medical certificate received',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62b2-7fa4-8fd6-939d899c56d4','019fdeab-62af-7828-919d-67cb001fd86d','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1790773500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62b4-7879-be48-06773cdb5e63','019fdeab-62b3-76cf-b73a-03fdf24479a5','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1791378300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62b5-76cc-8917-cfc0e3322f11','019fdeab-62b3-76cf-b73a-03fdf24479a5','019fdeab-5c1b-73bd-9382-df01bd32aa56','late','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1791378300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62b7-75c5-af0c-d9d7b9fb44a0','019fdeab-62b6-709c-be71-bb073c72e1ce','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','late','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1791983100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62b8-7616-a4b8-e34c0f0e2196','019fdeab-62b6-709c-be71-bb073c72e1ce','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1791983100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62ba-7ff4-980c-3549b4adc549','019fdeab-62b9-7076-a97e-75814317d6b2','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','absent','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1792587900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62bb-7cdb-a65c-5b0e741addcf','019fdeab-62b9-7076-a97e-75814317d6b2','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1792587900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62bd-75c4-adcb-372b36f0d9cf','019fdeab-62bc-700e-804f-e9fa1fdbbf5b','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','late','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1793192700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62be-7da2-846c-0b39abd5a19f','019fdeab-62bc-700e-804f-e9fa1fdbbf5b','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1793192700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62c0-78ac-b3e9-b957aa5ea5a6','019fdeab-62bf-7d1d-a19a-aaa5bb5f1389','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1793797500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62c1-7262-a57b-65f1dc3e94ff','019fdeab-62bf-7d1d-a19a-aaa5bb5f1389','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1793797500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62c3-78f8-90a2-b96fb320e066','019fdeab-62c2-7581-9ed7-470147151ee6','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1794402300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62c4-7928-8a5a-383117671d63','019fdeab-62c2-7581-9ed7-470147151ee6','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1794402300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62c6-7d92-8ef7-f30eb63d7d5e','019fdeab-62c5-730d-830f-496643fbe669','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1795007100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62c7-725b-b6d1-eb9c5ed7db38','019fdeab-62c5-730d-830f-496643fbe669','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1795007100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62da-7031-9608-f95787e200a4','019fdeab-62d9-70d3-8aef-87a69783e05f','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1789036500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62db-7d9f-8614-167a96171578','019fdeab-62d9-70d3-8aef-87a69783e05f','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1789036500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62dd-75fa-8b09-3d23dfb966e1','019fdeab-62dc-78e9-b9f3-3b2b941c389b','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1789641300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62de-795f-9e0a-1cb9254687b6','019fdeab-62dc-78e9-b9f3-3b2b941c389b','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1789641300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62e0-78fa-bdf2-2ea934ac08e7','019fdeab-62df-713b-ad5a-010be1df2773','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1790246100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62e1-72e8-8dd9-49eb2317344f','019fdeab-62df-713b-ad5a-010be1df2773','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1790246100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62e3-75f0-a16a-64142ea66ca3','019fdeab-62e2-7876-93b0-ec4f9ca777b6','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1790850900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62e4-7ea9-a6ba-7d957b32b784','019fdeab-62e2-7876-93b0-ec4f9ca777b6','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1790850900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62e6-77e4-b182-21b8f43d8bb0','019fdeab-62e5-7eaf-976e-a461df174ffc','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1791455700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62e7-7a84-8a8c-9387392d1464','019fdeab-62e5-7eaf-976e-a461df174ffc','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1791455700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62e9-76f0-9bc9-1ad712a6c201','019fdeab-62e8-74dc-b8f9-17fa8aeea287','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','late','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1792060500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62ea-7f8a-a832-8880b19158e0','019fdeab-62e8-74dc-b8f9-17fa8aeea287','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1792060500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62ec-73ea-b8da-807c661cf2e9','019fdeab-62eb-7a4e-ba5d-fed304857192','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','absent','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1792665300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62ed-7681-af48-c465d957250c','019fdeab-62eb-7a4e-ba5d-fed304857192','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1792665300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62ef-7b6f-97fa-8bd2dc26e04e','019fdeab-62ee-7176-8294-5e2a27e327b4','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','absent','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1793270100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62f0-7dbb-8e43-bbd8df1bc151','019fdeab-62ee-7176-8294-5e2a27e327b4','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1793270100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62f2-7977-b1e7-a50589028c39','019fdeab-62f1-7a01-9377-fb1334f1871b','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1793874900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62f3-7b43-ae5a-fb854a0cad91','019fdeab-62f1-7a01-9377-fb1334f1871b','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1793874900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62f5-755e-a747-e76b0afb09a5','019fdeab-62f4-71cd-98b5-7e948ba9c446','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1794479700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62f6-796f-b6c7-4d642e29671f','019fdeab-62f4-71cd-98b5-7e948ba9c446','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1794479700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62f8-72cd-9bd9-8a443b10f9ba','019fdeab-62f7-7d9f-9e3e-f8725463d063','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1795084500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-62f9-7ca2-93cd-501041b111b3','019fdeab-62f7-7d9f-9e3e-f8725463d063','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-623d-7fe4-89a3-13e34ee054f6',1795084500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-630d-769f-83e1-22fcc978da5c','019fdeab-630c-77ca-96d9-35596ebf7f5d','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1789115700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-630e-7558-86f8-f55ab244f9b4','019fdeab-630c-77ca-96d9-35596ebf7f5d','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1789115700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6310-796d-9c1c-c62ad02b4a2e','019fdeab-630f-7496-bf51-bf17c48afd34','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1789720500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6311-728c-9a1d-f51bfa8cbe2e','019fdeab-630f-7496-bf51-bf17c48afd34','019fdeab-5c1b-73bd-9382-df01bd32aa56','absent','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1789720500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6313-7379-a063-4357dad1b1ab','019fdeab-6312-71bf-85d6-5447a7b782c1','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','excused','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1790325300000,'Medical appointment',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6314-70f0-bb8d-bb9659f398a5','019fdeab-6312-71bf-85d6-5447a7b782c1','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1790325300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6316-74ed-806b-127844330cf3','019fdeab-6315-7387-bb86-c96494e30974','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1790930100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6317-73a8-8129-51cef983c526','019fdeab-6315-7387-bb86-c96494e30974','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1790930100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6319-7f65-a516-e5261adcb5a7','019fdeab-6318-74b6-82c2-060e2ea90557','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1791534900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-631a-75aa-8d81-9441b8c40770','019fdeab-6318-74b6-82c2-060e2ea90557','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1791534900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-631c-788d-96e6-4dd0e613e366','019fdeab-631b-7825-8cc1-514b34cf1021','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1792139700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-631d-7f84-a806-371aede1af93','019fdeab-631b-7825-8cc1-514b34cf1021','019fdeab-5c1b-73bd-9382-df01bd32aa56','late','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1792139700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-631f-7ac9-ae0a-a6a6197b971c','019fdeab-631e-70e3-b238-88f9a0643501','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','late','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1792744500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6320-7fe9-9a3e-e89899cbb502','019fdeab-631e-70e3-b238-88f9a0643501','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1792744500000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6322-7a9b-982f-74f862ce5277','019fdeab-6321-7d55-9d67-eb01112eb675','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1793349300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6323-7e1f-974c-538e72f4a2ba','019fdeab-6321-7d55-9d67-eb01112eb675','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1793349300000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6325-72b6-81b9-127abba43dde','019fdeab-6324-72d0-b0ca-d28070d8a904','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','absent','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1793954100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6326-7d76-ab59-8eb81d34e2ef','019fdeab-6324-72d0-b0ca-d28070d8a904','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1793954100000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6328-7a1b-8b1e-edd3fa7870dc','019fdeab-6327-770f-83de-26a27ba125aa','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1794558900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-6329-7410-a2e6-b112984c9456','019fdeab-6327-770f-83de-26a27ba125aa','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1794558900000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-632b-7b3f-822b-61c06437b73e','019fdeab-632a-7e47-9c4a-c10a94b666e2','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','present','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1795163700000,'',0,1795305600000,'',0,'');
INSERT INTO attendance_mark VALUES('019fdeab-632c-7daf-81aa-863d57a36404','019fdeab-632a-7e47-9c4a-c10a94b666e2','019fdeab-5c1b-73bd-9382-df01bd32aa56','present','manual',NULL,'','019fdeab-6307-7fe2-9416-153c27f17e81',1795163700000,'',0,1795305600000,'',0,'');
CREATE TABLE grade_scale (
    id    TEXT PRIMARY KEY NOT NULL,
    name  TEXT NOT NULL,
    bands TEXT NOT NULL CHECK (json_valid(bands)), -- [{"letter","min","points","passing"}]
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE TABLE assessment (
    id        TEXT PRIMARY KEY NOT NULL,
    course_id TEXT NOT NULL REFERENCES course (id),
    title     TEXT NOT NULL,
    category  TEXT NOT NULL,
    weight    REAL NOT NULL CHECK (weight >= 0),
    max_score REAL NOT NULL CHECK (max_score > 0),
    held_on   TEXT NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
INSERT INTO assessment VALUES('019fdeab-5c47-7ee4-8fab-61770011de09','019fdeab-5c20-71ac-940f-fb7decd2ea83','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5c4a-7c19-a094-147e0d533c21','019fdeab-5c20-71ac-940f-fb7decd2ea83','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5c4d-7269-b7ef-ddd4983f6875','019fdeab-5c20-71ac-940f-fb7decd2ea83','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5c50-721d-b7de-46293fd05523','019fdeab-5c20-71ac-940f-fb7decd2ea83','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5c51-7499-b9fb-1c623448e7c5','019fdeab-5c20-71ac-940f-fb7decd2ea83','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5c79-705f-8d45-527b4ca289f7','019fdeab-5c52-7990-956a-3677c50eccef','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5c7c-7028-8bd7-f3996c2e130d','019fdeab-5c52-7990-956a-3677c50eccef','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5c7f-7234-82bf-8374468f866d','019fdeab-5c52-7990-956a-3677c50eccef','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5c82-747d-b3be-36d71ebcfd9b','019fdeab-5c52-7990-956a-3677c50eccef','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5c83-72b4-8ef9-e432371b1fc6','019fdeab-5c52-7990-956a-3677c50eccef','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5cab-7066-a623-b5a0fab0e26c','019fdeab-5c84-7b96-9059-70dc099ecc9d','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5cae-7670-8060-f71fbb16b5e8','019fdeab-5c84-7b96-9059-70dc099ecc9d','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5cb1-706c-9b3a-79de0664c06a','019fdeab-5c84-7b96-9059-70dc099ecc9d','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5cb4-75c5-9161-db20db23c7a3','019fdeab-5c84-7b96-9059-70dc099ecc9d','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5cb5-7f8e-94b9-fd2f076b31bf','019fdeab-5c84-7b96-9059-70dc099ecc9d','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5cdd-7dc7-a2f3-52008699d577','019fdeab-5cb6-7203-8e88-8c66b95957b5','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5ce0-7651-9285-d23d80313b17','019fdeab-5cb6-7203-8e88-8c66b95957b5','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5ce3-7eb5-bd8d-dec8fb2696a6','019fdeab-5cb6-7203-8e88-8c66b95957b5','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5ce6-71f3-a6b8-2395378bb3ac','019fdeab-5cb6-7203-8e88-8c66b95957b5','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5ce7-7114-a561-081e0198714f','019fdeab-5cb6-7203-8e88-8c66b95957b5','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d10-7677-8e04-ae9a49e59dc4','019fdeab-5ce9-7035-892f-b8806df4df8a','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d13-76d4-b396-04ee3c3c4664','019fdeab-5ce9-7035-892f-b8806df4df8a','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d16-7ca4-baef-7be33a304c36','019fdeab-5ce9-7035-892f-b8806df4df8a','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d19-7d88-b51b-23899ae1dfb5','019fdeab-5ce9-7035-892f-b8806df4df8a','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d1a-76b4-b856-72c61883e7c8','019fdeab-5ce9-7035-892f-b8806df4df8a','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d36-7f27-8924-0548f5b0e7b2','019fdeab-5d1b-79b5-af31-270e2f1c3742','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d38-794c-bfe6-0633426565f6','019fdeab-5d1b-79b5-af31-270e2f1c3742','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d3a-7f00-9bfa-a611c7880429','019fdeab-5d1b-79b5-af31-270e2f1c3742','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d3c-7698-b72b-d285ac56e4c9','019fdeab-5d1b-79b5-af31-270e2f1c3742','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d3d-7f87-b4c1-c19a673590ef','019fdeab-5d1b-79b5-af31-270e2f1c3742','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d59-718a-bb79-24c2a36f86eb','019fdeab-5d3e-70d4-8098-b244b61d2cd7','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d5b-788f-923a-559db0a6ff94','019fdeab-5d3e-70d4-8098-b244b61d2cd7','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d5d-7faf-820c-b1d866e22aea','019fdeab-5d3e-70d4-8098-b244b61d2cd7','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d5f-7da2-a319-6bb82488c7c1','019fdeab-5d3e-70d4-8098-b244b61d2cd7','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d60-7204-803a-b23457ba4f83','019fdeab-5d3e-70d4-8098-b244b61d2cd7','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d7c-7c62-b9e5-5ce5a3b6d19d','019fdeab-5d61-75dd-96b5-32d4215bc6a1','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d7e-7a8f-9bdd-ea19168e9310','019fdeab-5d61-75dd-96b5-32d4215bc6a1','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d80-735f-afe2-e1baf9cc48b3','019fdeab-5d61-75dd-96b5-32d4215bc6a1','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d82-71ea-b153-2f441e9f8f90','019fdeab-5d61-75dd-96b5-32d4215bc6a1','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5d83-73fc-a554-4b2486367d2b','019fdeab-5d61-75dd-96b5-32d4215bc6a1','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5da0-756f-8dbd-bf5224476b2f','019fdeab-5d85-7ded-86de-189d622a75b1','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5da2-707d-97c2-b5a2157056c0','019fdeab-5d85-7ded-86de-189d622a75b1','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5da4-7d4d-9d75-8674aa18185b','019fdeab-5d85-7ded-86de-189d622a75b1','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5da6-7c65-a722-874b2c84af0e','019fdeab-5d85-7ded-86de-189d622a75b1','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5da7-7925-8e05-ef7dcd7bc342','019fdeab-5d85-7ded-86de-189d622a75b1','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5dc3-7b6f-a070-68ec3da84524','019fdeab-5da8-7272-ad20-d509fabf0bf0','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5dc5-724f-80b9-e99db426a73a','019fdeab-5da8-7272-ad20-d509fabf0bf0','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5dc7-7cca-8f37-8b03b780d2c0','019fdeab-5da8-7272-ad20-d509fabf0bf0','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5dc9-7b4b-b1ae-74fb560625ae','019fdeab-5da8-7272-ad20-d509fabf0bf0','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5dca-7d82-bf82-84f06b606ac1','019fdeab-5da8-7272-ad20-d509fabf0bf0','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5de8-7060-98ab-8b97b58d3b35','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5dea-7241-a0b1-f7779fefee21','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5dec-7069-b117-3eff13c65a13','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5dee-79cb-8690-a2f942a7822a','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5def-7a4a-a1e5-94022c346361','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e0b-7df2-8b18-ff343ca9cdcd','019fdeab-5df0-78a4-bb91-e8de0ce3d343','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e0d-7566-9ca0-f756d6519a54','019fdeab-5df0-78a4-bb91-e8de0ce3d343','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e0f-70ea-af56-e4dff9bcbd2c','019fdeab-5df0-78a4-bb91-e8de0ce3d343','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e11-7da8-918d-fd14f8143874','019fdeab-5df0-78a4-bb91-e8de0ce3d343','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e12-7f6a-9a63-af80ee02a85d','019fdeab-5df0-78a4-bb91-e8de0ce3d343','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e2e-7f3c-95ea-886423b69031','019fdeab-5e13-78e5-92dd-0a18cf0b6843','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e30-7f90-b73b-cc1b946ce151','019fdeab-5e13-78e5-92dd-0a18cf0b6843','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e32-7f7b-8017-243703dbd47a','019fdeab-5e13-78e5-92dd-0a18cf0b6843','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e34-7d8b-a477-ec51d1ff4e5e','019fdeab-5e13-78e5-92dd-0a18cf0b6843','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e35-71d2-ad35-49d0785a8e8d','019fdeab-5e13-78e5-92dd-0a18cf0b6843','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e51-7d53-80dc-1d1abf81cf09','019fdeab-5e36-7928-8aae-6e62bdddb6ab','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e53-7483-821e-6999e8d9d04c','019fdeab-5e36-7928-8aae-6e62bdddb6ab','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e55-71f5-91a6-f5f6e2202ff6','019fdeab-5e36-7928-8aae-6e62bdddb6ab','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e57-77a9-b6e9-8bf5b02e939f','019fdeab-5e36-7928-8aae-6e62bdddb6ab','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e58-7078-909e-82cfc746ec93','019fdeab-5e36-7928-8aae-6e62bdddb6ab','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e76-717b-ba63-07fea5dc9c32','019fdeab-5e5a-7d3a-8026-5f23a82900a8','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e78-7c06-80b2-31ac3207bd81','019fdeab-5e5a-7d3a-8026-5f23a82900a8','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e7a-7085-8fad-1edf0f6c7554','019fdeab-5e5a-7d3a-8026-5f23a82900a8','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e7c-7647-ae93-4c8a8fc409f7','019fdeab-5e5a-7d3a-8026-5f23a82900a8','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e7d-73c7-bef1-e45817443b70','019fdeab-5e5a-7d3a-8026-5f23a82900a8','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e9b-7efd-a502-2245c07f3326','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e9d-71d0-b7c2-1c9daae28899','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5e9f-746a-ab35-69dffb4b1bd9','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5ea1-7b65-8f59-820c47155b24','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5ea2-7318-b1a3-da49624fc8ab','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5ebe-7cc1-b0d2-abef2ff4b87a','019fdeab-5ea3-7f1e-8e18-8d020619f927','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5ec0-7509-9e8c-8e55131f677c','019fdeab-5ea3-7f1e-8e18-8d020619f927','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5ec2-766a-8e1c-799058555f74','019fdeab-5ea3-7f1e-8e18-8d020619f927','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5ec4-7eed-8181-0fba32bf88b4','019fdeab-5ea3-7f1e-8e18-8d020619f927','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5ec5-78a9-8a02-3767a9c7918a','019fdeab-5ea3-7f1e-8e18-8d020619f927','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5ee1-76a6-83fe-19d0d4e2a6f0','019fdeab-5ec6-7693-8ebe-613261bdc671','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5ee3-75df-8b63-793d63d6af0b','019fdeab-5ec6-7693-8ebe-613261bdc671','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5ee5-7e0a-b846-82ec10305047','019fdeab-5ec6-7693-8ebe-613261bdc671','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5ee7-790d-99d4-c4a06760464f','019fdeab-5ec6-7693-8ebe-613261bdc671','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5ee8-7b85-88b7-0e205ce76790','019fdeab-5ec6-7693-8ebe-613261bdc671','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f04-7a85-a4a5-39b44ab234c1','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f06-720c-8151-a72ae3f519af','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f08-7c54-bb18-efd7a95bab3f','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f0a-7d50-b98b-ff7f34a3232a','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f0b-756d-8ecf-3e1c6ad40f17','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f28-773b-9cd2-6f73df07edfb','019fdeab-5f0d-75d0-98e5-47b14a49669f','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f2a-754a-a42b-23aff2d6cfcf','019fdeab-5f0d-75d0-98e5-47b14a49669f','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f2c-7b0b-a882-490a6686361c','019fdeab-5f0d-75d0-98e5-47b14a49669f','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f2e-73dd-8683-e14d20cabea9','019fdeab-5f0d-75d0-98e5-47b14a49669f','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f2f-7c23-8208-9376a28919d8','019fdeab-5f0d-75d0-98e5-47b14a49669f','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f4b-7215-98f5-fda02ad9cb35','019fdeab-5f30-7141-aaa0-39d903ee1827','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f4d-7aae-8dbe-3df042854cf9','019fdeab-5f30-7141-aaa0-39d903ee1827','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f4f-7d7e-b995-139cafa863e4','019fdeab-5f30-7141-aaa0-39d903ee1827','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f51-7977-b88a-81b8cf77add3','019fdeab-5f30-7141-aaa0-39d903ee1827','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f52-7737-81f1-4415550188f0','019fdeab-5f30-7141-aaa0-39d903ee1827','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f6e-7ad2-9396-fa0b3bb6b819','019fdeab-5f53-7467-a9a2-dc291ed34fa4','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f70-76d9-a45a-779422a2098a','019fdeab-5f53-7467-a9a2-dc291ed34fa4','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f72-72d6-ac37-89a36a1a844a','019fdeab-5f53-7467-a9a2-dc291ed34fa4','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f74-7c15-acdb-c57e1304c5ab','019fdeab-5f53-7467-a9a2-dc291ed34fa4','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f75-7569-a8e7-84f941c44a38','019fdeab-5f53-7467-a9a2-dc291ed34fa4','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f91-7337-893c-94925da8bed6','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f93-7421-8cab-37d7b3b05608','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f95-7c1c-b396-561935f16897','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f97-7fa2-a345-d43325c7bc0a','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5f98-775e-a68e-35ed470bd7ee','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5fb5-7d10-8957-12b247873c63','019fdeab-5f9a-728a-8095-cd8e89862c31','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5fb7-7e4a-bdaf-83f3d1b72b79','019fdeab-5f9a-728a-8095-cd8e89862c31','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5fb9-7a3e-93d4-009f8a5af2e2','019fdeab-5f9a-728a-8095-cd8e89862c31','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5fbb-7416-b02e-a4219846b171','019fdeab-5f9a-728a-8095-cd8e89862c31','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5fbc-7fbf-a6d9-104724607682','019fdeab-5f9a-728a-8095-cd8e89862c31','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5fd8-705d-bf9e-3b58990d90be','019fdeab-5fbd-7b75-ba22-7b391c1906a7','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5fda-75ca-8fcc-a673a308b91a','019fdeab-5fbd-7b75-ba22-7b391c1906a7','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5fdc-72d9-9545-029f635a34a6','019fdeab-5fbd-7b75-ba22-7b391c1906a7','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5fde-707a-b26c-0f283823036b','019fdeab-5fbd-7b75-ba22-7b391c1906a7','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5fdf-7e65-ab89-553d03c9723b','019fdeab-5fbd-7b75-ba22-7b391c1906a7','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5ffc-7a00-b038-ff662d275fab','019fdeab-5fe1-7df6-8ab7-be3390bba08a','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-5ffe-7c7a-9b97-a1acb0865d7f','019fdeab-5fe1-7df6-8ab7-be3390bba08a','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6000-7c73-a9e5-2ed571c009cd','019fdeab-5fe1-7df6-8ab7-be3390bba08a','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6002-75ac-9b79-0a1f7a492b51','019fdeab-5fe1-7df6-8ab7-be3390bba08a','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6003-73e3-ad7b-e6c3b4679aec','019fdeab-5fe1-7df6-8ab7-be3390bba08a','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-601f-7dfc-8c21-cf70f80a1f9f','019fdeab-6004-753f-a22c-053d4c55f569','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6021-749e-b56d-068208a9f085','019fdeab-6004-753f-a22c-053d4c55f569','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6023-7f7f-9426-879dec303f8b','019fdeab-6004-753f-a22c-053d4c55f569','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6025-7eb4-8c81-d0aec1ee267a','019fdeab-6004-753f-a22c-053d4c55f569','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6026-7636-b9eb-b9281b831f00','019fdeab-6004-753f-a22c-053d4c55f569','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6042-77ac-8a44-a6e6e0a1465a','019fdeab-6027-7939-bde4-a3d978a382c1','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6044-70c0-9686-ece28d51cd1a','019fdeab-6027-7939-bde4-a3d978a382c1','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6046-7c66-8e26-9f406be8a2de','019fdeab-6027-7939-bde4-a3d978a382c1','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6048-77fe-bf2e-9f2470c69340','019fdeab-6027-7939-bde4-a3d978a382c1','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6049-7c75-a008-d72cd329854b','019fdeab-6027-7939-bde4-a3d978a382c1','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6065-7948-9885-4d73bb53674b','019fdeab-604a-70f8-a45a-7723c702bf65','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6067-7848-b990-a1d397bc1aea','019fdeab-604a-70f8-a45a-7723c702bf65','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6069-728c-9648-d832d507ff42','019fdeab-604a-70f8-a45a-7723c702bf65','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-606b-7911-b2db-016ff13ac5e3','019fdeab-604a-70f8-a45a-7723c702bf65','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-606c-702a-96ed-5c94873fd545','019fdeab-604a-70f8-a45a-7723c702bf65','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6089-7bb0-8552-aac697d1e1a8','019fdeab-606e-7167-8fc9-f715d079d47e','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-608b-7cce-a9f6-b6c248f51c6e','019fdeab-606e-7167-8fc9-f715d079d47e','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-608d-7ee8-8da6-f11d5eda5b8e','019fdeab-606e-7167-8fc9-f715d079d47e','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-608f-73c2-a76d-6dc05f73c04a','019fdeab-606e-7167-8fc9-f715d079d47e','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6090-7be6-940c-0f4b05ed9e7d','019fdeab-606e-7167-8fc9-f715d079d47e','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-60b9-7b61-896b-c5be14a07fa0','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-60bc-727c-8431-028fe29b6533','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-60bf-7753-9040-cec1eea6fa5b','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-60c2-7410-bd14-a580e1c43034','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-60c3-7730-94c9-64345bc7c067','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-60eb-7853-8ce2-480f909e86ca','019fdeab-60c4-7c19-b4e2-44551889761e','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-60ee-7259-a0a6-8b2a07b9dbaa','019fdeab-60c4-7c19-b4e2-44551889761e','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-60f1-7e04-a5a4-4e9d48e9ef49','019fdeab-60c4-7c19-b4e2-44551889761e','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-60f4-7ede-b5be-ba0231a8775c','019fdeab-60c4-7c19-b4e2-44551889761e','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-60f5-7a66-aeca-56d8dc90dbfd','019fdeab-60c4-7c19-b4e2-44551889761e','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-611d-7e41-b6e3-79aa7382814c','019fdeab-60f6-7490-93c3-37391974362d','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6120-7241-841f-41574dbc2e16','019fdeab-60f6-7490-93c3-37391974362d','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6123-776a-904c-268e30a1a118','019fdeab-60f6-7490-93c3-37391974362d','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6126-75e3-aca1-da071f5b32be','019fdeab-60f6-7490-93c3-37391974362d','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6127-72c4-a126-1288d1103274','019fdeab-60f6-7490-93c3-37391974362d','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-614f-7c42-884b-d750b80f9cb5','019fdeab-6128-71d3-9cc9-53278c5389c1','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6152-73a7-b2bb-de9892af5bb6','019fdeab-6128-71d3-9cc9-53278c5389c1','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6155-74d0-a4aa-51a95ea6b2f4','019fdeab-6128-71d3-9cc9-53278c5389c1','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6158-79e2-8ddd-c3597b3fcf9f','019fdeab-6128-71d3-9cc9-53278c5389c1','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6159-79a8-bef6-72e5d42c581e','019fdeab-6128-71d3-9cc9-53278c5389c1','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6182-714a-b45b-83664fe015c5','019fdeab-615b-7417-8368-69222eb2e95d','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6185-7d01-854d-d6a557782f6c','019fdeab-615b-7417-8368-69222eb2e95d','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6188-7089-8924-596d210121e3','019fdeab-615b-7417-8368-69222eb2e95d','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-618b-7007-a11f-4546da9f9480','019fdeab-615b-7417-8368-69222eb2e95d','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-618c-7fc8-92c6-3d812972409e','019fdeab-615b-7417-8368-69222eb2e95d','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-61a8-778b-abec-f8a1fcf49ab5','019fdeab-618d-710c-b36b-98bf7ba756c2','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-61aa-797d-9449-99cde98c55ec','019fdeab-618d-710c-b36b-98bf7ba756c2','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-61ac-7d70-9055-a1fd80eed336','019fdeab-618d-710c-b36b-98bf7ba756c2','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-61ae-79b3-aa6b-d7ab727f98cb','019fdeab-618d-710c-b36b-98bf7ba756c2','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-61af-7282-8693-075491126c0b','019fdeab-618d-710c-b36b-98bf7ba756c2','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-61cb-7976-a953-0fbf57e6f754','019fdeab-61b0-7817-ad08-82f390b202b9','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-61cd-769e-951e-df25c13ea6ed','019fdeab-61b0-7817-ad08-82f390b202b9','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-61cf-7a10-bced-15f5f8dc2b19','019fdeab-61b0-7817-ad08-82f390b202b9','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-61d1-727a-a955-4e4e1292b17d','019fdeab-61b0-7817-ad08-82f390b202b9','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-61d2-7672-840d-0dcea6cf2143','019fdeab-61b0-7817-ad08-82f390b202b9','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-61ee-7715-88ca-9f6ed8f7dbb5','019fdeab-61d3-7737-9caa-30ca7fe20ea4','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-61f0-7148-8e6b-2d524ea2196c','019fdeab-61d3-7737-9caa-30ca7fe20ea4','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-61f2-7642-9774-99cef3aaa221','019fdeab-61d3-7737-9caa-30ca7fe20ea4','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-61f4-7cfe-805d-564ce438d2f1','019fdeab-61d3-7737-9caa-30ca7fe20ea4','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-61f5-7189-ad04-603fe78c6fac','019fdeab-61d3-7737-9caa-30ca7fe20ea4','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6212-7961-84d1-c12ea30c70ac','019fdeab-61f7-797e-993f-29836e24d07a','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6214-79ba-ae50-4bea26fd450b','019fdeab-61f7-797e-993f-29836e24d07a','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6216-720d-a79f-d1566ebd6060','019fdeab-61f7-797e-993f-29836e24d07a','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6218-7e52-9985-53b5377dbe95','019fdeab-61f7-797e-993f-29836e24d07a','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6219-786c-8a5c-de883423f68b','019fdeab-61f7-797e-993f-29836e24d07a','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6235-7e3d-8c77-793ce70e2792','019fdeab-621a-721d-9fc5-14a18f164032','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6237-740a-b987-bc7ea2d28625','019fdeab-621a-721d-9fc5-14a18f164032','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6239-7f36-b95e-3c80a298ff09','019fdeab-621a-721d-9fc5-14a18f164032','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-623b-70df-9694-8367a17bc2ef','019fdeab-621a-721d-9fc5-14a18f164032','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-623c-773e-8160-cfa6f68ce811','019fdeab-621a-721d-9fc5-14a18f164032','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6265-703a-be99-0d30f1ceb8e1','019fdeab-623e-71ac-bf53-aad3abcb2d25','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6268-7cd8-8290-ef167111ec4a','019fdeab-623e-71ac-bf53-aad3abcb2d25','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-626b-7232-b2fd-aeff42b8eee2','019fdeab-623e-71ac-bf53-aad3abcb2d25','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-626e-77bf-b4fb-e5768a318021','019fdeab-623e-71ac-bf53-aad3abcb2d25','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-626f-77a8-9cbe-994a77417d72','019fdeab-623e-71ac-bf53-aad3abcb2d25','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6297-713a-ab78-dc5885766357','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-629a-70f3-9c56-c1a77cca2114','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-629d-7f55-a8e9-a84e2191236b','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-62a0-7d0f-a50e-bf32173ddd83','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-62a1-7101-b682-e52242fdad3c','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-62ca-73c6-93f1-8a155c6b738d','019fdeab-62a2-72e2-a3f8-1c1d58df773b','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-62cd-7923-93cb-76271eafb16f','019fdeab-62a2-72e2-a3f8-1c1d58df773b','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-62d0-7498-8d7d-d73ca0a59e4d','019fdeab-62a2-72e2-a3f8-1c1d58df773b','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-62d3-71e6-bc14-fc782e560fba','019fdeab-62a2-72e2-a3f8-1c1d58df773b','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-62d4-784a-b7da-24e993627fd1','019fdeab-62a2-72e2-a3f8-1c1d58df773b','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-62fc-76da-be05-1e3d4892fb43','019fdeab-62d5-7567-8cf4-8c670e7bcee3','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-62ff-755f-9792-14b57620c013','019fdeab-62d5-7567-8cf4-8c670e7bcee3','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6302-7f6e-a93c-cb78a881b573','019fdeab-62d5-7567-8cf4-8c670e7bcee3','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6305-756e-909d-721a42977181','019fdeab-62d5-7567-8cf4-8c670e7bcee3','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6306-7938-8876-21b3f28cf2f9','019fdeab-62d5-7567-8cf4-8c670e7bcee3','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-632f-7f7c-9036-e3fd9ee84f23','019fdeab-6308-7f08-8b74-5fb51408b8df','Quiz 1','Coursework',10.0,20.0,'2026-09-30',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6332-7f11-8961-0c6d92e55c4d','019fdeab-6308-7f08-8b74-5fb51408b8df','Assignment 1','Coursework',15.0,50.0,'2026-10-14',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6335-7f33-bb0b-50834dc8e4fb','019fdeab-6308-7f08-8b74-5fb51408b8df','Midterm exam','Exam',25.0,100.0,'2026-11-04',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6338-782f-a57f-22f92cb483a4','019fdeab-6308-7f08-8b74-5fb51408b8df','Assignment 2','Coursework',15.0,50.0,'2026-11-25',0,1795305600000,'',0);
INSERT INTO assessment VALUES('019fdeab-6339-7961-85f1-56d59d7e32df','019fdeab-6308-7f08-8b74-5fb51408b8df','Final exam','Exam',35.0,100.0,'2026-12-23',0,1795305600000,'',0);
CREATE TABLE mark (
    id            TEXT PRIMARY KEY NOT NULL,
    assessment_id TEXT NOT NULL REFERENCES assessment (id),
    student_id    TEXT NOT NULL REFERENCES student (id),
    status        TEXT NOT NULL CHECK (status IN ('scored', 'absent', 'excused')),
    score         REAL CHECK (score >= 0),
    entered_by    TEXT NOT NULL,
    entered_at    INTEGER NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), reason TEXT NOT NULL DEFAULT '',
    CHECK ((status = 'scored') = (score IS NOT NULL))
) STRICT;
INSERT INTO mark VALUES('019fdeab-5c48-7a3b-bcc4-9bf088474201','019fdeab-5c47-7ee4-8fab-61770011de09','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','scored',14.0,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5c49-7732-8a92-9bfa6a619ca5','019fdeab-5c47-7ee4-8fab-61770011de09','019fdeab-5c15-70d0-8218-c99b9d5a8112','scored',12.0,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5c4b-732b-b178-67d378f03ee9','019fdeab-5c4a-7c19-a094-147e0d533c21','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','scored',41.5,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5c4c-7ecb-b7b6-87e4632071b7','019fdeab-5c4a-7c19-a094-147e0d533c21','019fdeab-5c15-70d0-8218-c99b9d5a8112','scored',30.0,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5c4e-74b7-a889-c504ba0d551f','019fdeab-5c4d-7269-b7ef-ddd4983f6875','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','scored',70.500000000000000001,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5c4f-71bf-92a5-890e2813c425','019fdeab-5c4d-7269-b7ef-ddd4983f6875','019fdeab-5c15-70d0-8218-c99b9d5a8112','scored',73.0,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5c7a-753d-8124-d2f5a1253e41','019fdeab-5c79-705f-8d45-527b4ca289f7','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','scored',14.0,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5c7b-7587-b562-2d11478146de','019fdeab-5c79-705f-8d45-527b4ca289f7','019fdeab-5c15-70d0-8218-c99b9d5a8112','scored',11.0,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5c7d-7020-857d-857867cbd2f3','019fdeab-5c7c-7028-8bd7-f3996c2e130d','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','absent',NULL,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5c7e-74e4-9e66-922d2ffec584','019fdeab-5c7c-7028-8bd7-f3996c2e130d','019fdeab-5c15-70d0-8218-c99b9d5a8112','scored',33.499999999999999999,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5c80-7f1e-adad-1ae05add89ce','019fdeab-5c7f-7234-82bf-8374468f866d','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','scored',90.0,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5c81-785b-870a-efdbc71bed5d','019fdeab-5c7f-7234-82bf-8374468f866d','019fdeab-5c15-70d0-8218-c99b9d5a8112','scored',65.0,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5cac-7dff-b886-dbdf960c0d7f','019fdeab-5cab-7066-a623-b5a0fab0e26c','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','scored',15.499999999999999999,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5cad-7bc0-b188-8f99c89393f2','019fdeab-5cab-7066-a623-b5a0fab0e26c','019fdeab-5c15-70d0-8218-c99b9d5a8112','scored',14.0,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5caf-7adc-83ef-0b12aa4abc4a','019fdeab-5cae-7670-8060-f71fbb16b5e8','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','scored',38.0,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5cb0-76f5-acfb-a258bf16e054','019fdeab-5cae-7670-8060-f71fbb16b5e8','019fdeab-5c15-70d0-8218-c99b9d5a8112','scored',36.0,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5cb2-752e-b5c1-5cfc2778636b','019fdeab-5cb1-706c-9b3a-79de0664c06a','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','scored',83.500000000000000003,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5cb3-7221-ac53-789f6ef58ddc','019fdeab-5cb1-706c-9b3a-79de0664c06a','019fdeab-5c15-70d0-8218-c99b9d5a8112','scored',61.5,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5cde-7dd3-b9d3-3a4c9f60d4dd','019fdeab-5cdd-7dc7-a2f3-52008699d577','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','scored',14.5,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5cdf-7bbb-ba1b-de5e73c622da','019fdeab-5cdd-7dc7-a2f3-52008699d577','019fdeab-5c15-70d0-8218-c99b9d5a8112','scored',8.5,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5ce1-77d6-8fed-8751eef70036','019fdeab-5ce0-7651-9285-d23d80313b17','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','scored',42.5,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5ce2-7878-bdc5-07eec897cb2b','019fdeab-5ce0-7651-9285-d23d80313b17','019fdeab-5c15-70d0-8218-c99b9d5a8112','scored',29.0,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5ce4-7d6c-9eea-a52e38d2d783','019fdeab-5ce3-7eb5-bd8d-dec8fb2696a6','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','scored',82.5,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5ce5-743d-bfd1-b014d6f8f274','019fdeab-5ce3-7eb5-bd8d-dec8fb2696a6','019fdeab-5c15-70d0-8218-c99b9d5a8112','scored',48.499999999999999999,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5d11-79bb-a894-2578f3e9e926','019fdeab-5d10-7677-8e04-ae9a49e59dc4','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','scored',16.5,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5d12-74e9-9ea7-c28080c9a2aa','019fdeab-5d10-7677-8e04-ae9a49e59dc4','019fdeab-5c15-70d0-8218-c99b9d5a8112','excused',NULL,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5d14-7dd3-8a85-c1d39ca77860','019fdeab-5d13-76d4-b396-04ee3c3c4664','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','scored',43.0,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5d15-7633-a914-8d2d406fc9ab','019fdeab-5d13-76d4-b396-04ee3c3c4664','019fdeab-5c15-70d0-8218-c99b9d5a8112','scored',27.5,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5d17-7d9a-85a3-f5148e9985aa','019fdeab-5d16-7ca4-baef-7be33a304c36','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','excused',NULL,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5d18-7c59-813d-aaab9b3c0dd7','019fdeab-5d16-7ca4-baef-7be33a304c36','019fdeab-5c15-70d0-8218-c99b9d5a8112','scored',60.0,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5d37-7f46-b050-e9dc425e937a','019fdeab-5d36-7f27-8924-0548f5b0e7b2','019fdeab-5c0a-711a-a40b-b4c31664d9ef','scored',18.0,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5d39-7c2f-8547-6337e327dd5b','019fdeab-5d38-794c-bfe6-0633426565f6','019fdeab-5c0a-711a-a40b-b4c31664d9ef','scored',44.0,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5d3b-7d47-a223-86a89fe215bf','019fdeab-5d3a-7f00-9bfa-a611c7880429','019fdeab-5c0a-711a-a40b-b4c31664d9ef','scored',71.5,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5d5a-7c3c-bdcd-7d7d0007732a','019fdeab-5d59-718a-bb79-24c2a36f86eb','019fdeab-5c0a-711a-a40b-b4c31664d9ef','scored',17.5,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5d5c-7798-bfaf-39ef8c74f2e5','019fdeab-5d5b-788f-923a-559db0a6ff94','019fdeab-5c0a-711a-a40b-b4c31664d9ef','scored',47.0,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5d5e-7aad-9c43-a40baca852e4','019fdeab-5d5d-7faf-820c-b1d866e22aea','019fdeab-5c0a-711a-a40b-b4c31664d9ef','scored',91.0,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5d7d-70e3-9b96-ea6cbc9e4407','019fdeab-5d7c-7c62-b9e5-5ce5a3b6d19d','019fdeab-5c0a-711a-a40b-b4c31664d9ef','scored',15.499999999999999999,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5d7f-7b7b-bda5-75fe11b4cdda','019fdeab-5d7e-7a8f-9bdd-ea19168e9310','019fdeab-5c0a-711a-a40b-b4c31664d9ef','scored',39.5,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5d81-7d4b-8d06-86817457ca83','019fdeab-5d80-735f-afe2-e1baf9cc48b3','019fdeab-5c0a-711a-a40b-b4c31664d9ef','scored',93.500000000000000003,'019fdeab-5ce8-7411-99b3-ed86fdb05d27',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5da1-7bb9-8256-1960cccd71a5','019fdeab-5da0-756f-8dbd-bf5224476b2f','019fdeab-5c0a-711a-a40b-b4c31664d9ef','scored',17.5,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5da3-74a5-a2ad-01320e1ed9f7','019fdeab-5da2-707d-97c2-b5a2157056c0','019fdeab-5c0a-711a-a40b-b4c31664d9ef','scored',43.0,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5da5-75d2-a4a1-12d33287e4c1','019fdeab-5da4-7d4d-9d75-8674aa18185b','019fdeab-5c0a-711a-a40b-b4c31664d9ef','scored',74.0,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5dc4-7616-87e5-6214718dcfd2','019fdeab-5dc3-7b6f-a070-68ec3da84524','019fdeab-5c0a-711a-a40b-b4c31664d9ef','scored',17.0,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5dc6-7829-915a-5adbcad6b321','019fdeab-5dc5-724f-80b9-e99db426a73a','019fdeab-5c0a-711a-a40b-b4c31664d9ef','scored',37.5,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5dc8-7fbc-95ac-7abe505ef99d','019fdeab-5dc7-7cca-8f37-8b03b780d2c0','019fdeab-5c0a-711a-a40b-b4c31664d9ef','absent',NULL,'019fdeab-5d84-7c90-a5c9-f785f5cd3d5b',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5de9-727e-9152-19c1c39f605f','019fdeab-5de8-7060-98ab-8b97b58d3b35','019fdeab-5c1d-7daa-bc39-7df1637db81c','scored',14.5,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5deb-716a-9611-5fafbe699415','019fdeab-5dea-7241-a0b1-f7779fefee21','019fdeab-5c1d-7daa-bc39-7df1637db81c','scored',36.5,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5ded-786e-95f7-e403375ea47c','019fdeab-5dec-7069-b117-3eff13c65a13','019fdeab-5c1d-7daa-bc39-7df1637db81c','scored',78.499999999999999999,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5e0c-7947-83f1-21fe686d2d80','019fdeab-5e0b-7df2-8b18-ff343ca9cdcd','019fdeab-5c1d-7daa-bc39-7df1637db81c','scored',14.0,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5e0e-70b6-8d99-d55089622582','019fdeab-5e0d-7566-9ca0-f756d6519a54','019fdeab-5c1d-7daa-bc39-7df1637db81c','scored',34.0,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5e10-74ab-ae43-1a3f578b0511','019fdeab-5e0f-70ea-af56-e4dff9bcbd2c','019fdeab-5c1d-7daa-bc39-7df1637db81c','scored',57.0,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5e2f-769b-8bf0-ecfea26f4588','019fdeab-5e2e-7f3c-95ea-886423b69031','019fdeab-5c1d-7daa-bc39-7df1637db81c','scored',10.499999999999999999,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5e31-79ee-b85d-f9ed408730c9','019fdeab-5e30-7f90-b73b-cc1b946ce151','019fdeab-5c1d-7daa-bc39-7df1637db81c','excused',NULL,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5e33-7724-b0de-6735954c825d','019fdeab-5e32-7f7b-8017-243703dbd47a','019fdeab-5c1d-7daa-bc39-7df1637db81c','scored',61.5,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5e52-73a3-81a2-6a9e2d440310','019fdeab-5e51-7d53-80dc-1d1abf81cf09','019fdeab-5c1d-7daa-bc39-7df1637db81c','scored',14.0,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5e54-7d3a-b744-5666e076df75','019fdeab-5e53-7483-821e-6999e8d9d04c','019fdeab-5c1d-7daa-bc39-7df1637db81c','scored',33.0,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5e56-7745-8db8-9d90ad088909','019fdeab-5e55-71f5-91a6-f5f6e2202ff6','019fdeab-5c1d-7daa-bc39-7df1637db81c','scored',71.5,'019fdeab-5dcb-7f25-935f-ec5fb1096ea8',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5e77-71f5-8e6f-96418c6d961c','019fdeab-5e76-717b-ba63-07fea5dc9c32','019fdeab-5c1d-7daa-bc39-7df1637db81c','scored',12.0,'019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5e79-79c0-bfba-729d18d1fb0c','019fdeab-5e78-7c06-80b2-31ac3207bd81','019fdeab-5c1d-7daa-bc39-7df1637db81c','scored',34.0,'019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5e7b-7bc2-87ed-54a62892fa7e','019fdeab-5e7a-7085-8fad-1edf0f6c7554','019fdeab-5c1d-7daa-bc39-7df1637db81c','scored',68.499999999999999999,'019fdeab-5e59-7c7a-86c6-b55cc68b3ff6',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5e9c-7b0a-9b85-f4ccecf52a23','019fdeab-5e9b-7efd-a502-2245c07f3326','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','scored',15.0,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5e9e-7453-8bb7-1b8cb4b9bd2b','019fdeab-5e9d-71d0-b7c2-1c9daae28899','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','scored',37.5,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5ea0-7923-9d29-c2d7925bb10d','019fdeab-5e9f-746a-ab35-69dffb4b1bd9','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','scored',84.499999999999999998,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5ebf-70f3-b86d-a32d05564d4d','019fdeab-5ebe-7cc1-b0d2-abef2ff4b87a','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','scored',15.0,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5ec1-75d4-852b-49e3c72e72f3','019fdeab-5ec0-7509-9e8c-8e55131f677c','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','scored',36.0,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5ec3-7deb-9d24-d9ee88244258','019fdeab-5ec2-766a-8e1c-799058555f74','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','scored',79.499999999999999998,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5ee2-7238-9629-cf4886f5342f','019fdeab-5ee1-76a6-83fe-19d0d4e2a6f0','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','scored',12.0,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5ee4-7f51-a263-f77cbb6e8f17','019fdeab-5ee3-75df-8b63-793d63d6af0b','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','scored',35.499999999999999999,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5ee6-7525-97a7-4439ed452d33','019fdeab-5ee5-7e0a-b846-82ec10305047','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','scored',52.5,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5f05-7c63-bb33-b1204066a1d6','019fdeab-5f04-7a85-a4a5-39b44ab234c1','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','scored',15.0,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5f07-7e8f-8201-19e38a56fad5','019fdeab-5f06-720c-8151-a72ae3f519af','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','scored',39.0,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5f09-755b-a0ef-a147352b0282','019fdeab-5f08-7c54-bb18-efd7a95bab3f','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','scored',62.5,'019fdeab-5e7e-7e64-ba5a-f90e317bdbf7',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5f29-7c25-9438-807164967f7a','019fdeab-5f28-773b-9cd2-6f73df07edfb','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','scored',14.5,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5f2b-7a35-82f6-dca536c76930','019fdeab-5f2a-754a-a42b-23aff2d6cfcf','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','scored',34.5,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5f2d-758b-8118-dac2aac02d43','019fdeab-5f2c-7b0b-a882-490a6686361c','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','scored',73.499999999999999999,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5f4c-7acc-ac6c-e242c9ee6a74','019fdeab-5f4b-7215-98f5-fda02ad9cb35','019fdeab-5c17-7329-aec4-dbd8366ca26c','scored',9.5,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5f4e-73bb-9a7c-f18adca1dac1','019fdeab-5f4d-7aae-8dbe-3df042854cf9','019fdeab-5c17-7329-aec4-dbd8366ca26c','scored',31.5,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5f50-7a5d-ae2f-3386db0efac0','019fdeab-5f4f-7d7e-b995-139cafa863e4','019fdeab-5c17-7329-aec4-dbd8366ca26c','excused',NULL,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5f6f-7138-94e6-6b81ed287b3a','019fdeab-5f6e-7ad2-9396-fa0b3bb6b819','019fdeab-5c17-7329-aec4-dbd8366ca26c','scored',12.5,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5f71-70c9-b0b5-ce722f4af504','019fdeab-5f70-76d9-a45a-779422a2098a','019fdeab-5c17-7329-aec4-dbd8366ca26c','scored',31.0,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5f73-7b73-a021-4ae22257199f','019fdeab-5f72-72d6-ac37-89a36a1a844a','019fdeab-5c17-7329-aec4-dbd8366ca26c','scored',58.0,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5f92-7b0c-9900-33e63ae54ece','019fdeab-5f91-7337-893c-94925da8bed6','019fdeab-5c17-7329-aec4-dbd8366ca26c','excused',NULL,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5f94-78f3-b272-22ced6c0b97a','019fdeab-5f93-7421-8cab-37d7b3b05608','019fdeab-5c17-7329-aec4-dbd8366ca26c','scored',35.0,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5f96-7481-b3cb-1c25b209cfd7','019fdeab-5f95-7c1c-b396-561935f16897','019fdeab-5c17-7329-aec4-dbd8366ca26c','scored',65.0,'019fdeab-5f0c-7528-b912-d8f0b88f27c3',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5fb6-734e-a127-906adf76291c','019fdeab-5fb5-7d10-8957-12b247873c63','019fdeab-5c17-7329-aec4-dbd8366ca26c','scored',13.5,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5fb8-73cc-8ea1-d33839141303','019fdeab-5fb7-7e4a-bdaf-83f3d1b72b79','019fdeab-5c17-7329-aec4-dbd8366ca26c','scored',30.499999999999999999,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5fba-7a1b-9b2a-07a05a7e8af2','019fdeab-5fb9-7a3e-93d4-009f8a5af2e2','019fdeab-5c17-7329-aec4-dbd8366ca26c','excused',NULL,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5fd9-7928-aa75-8ffa6a991cfe','019fdeab-5fd8-705d-bf9e-3b58990d90be','019fdeab-5c17-7329-aec4-dbd8366ca26c','scored',17.5,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5fdb-7af7-a382-10777840a526','019fdeab-5fda-75ca-8fcc-a673a308b91a','019fdeab-5c17-7329-aec4-dbd8366ca26c','scored',32.5,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5fdd-7d55-8a04-f5b114a0b51a','019fdeab-5fdc-72d9-9545-029f635a34a6','019fdeab-5c17-7329-aec4-dbd8366ca26c','scored',64.0,'019fdeab-5f99-7dc6-b7df-25ca5ddf542f',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5ffd-72b7-be84-0caf76ead65f','019fdeab-5ffc-7a00-b038-ff662d275fab','019fdeab-5c0f-7ec8-961b-e73525a4515c','scored',17.5,'019fdeab-5fe0-768b-ae08-59b9dad84215',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-5fff-7e62-b9e1-4d7b7c20367d','019fdeab-5ffe-7c7a-9b97-a1acb0865d7f','019fdeab-5c0f-7ec8-961b-e73525a4515c','scored',48.499999999999999999,'019fdeab-5fe0-768b-ae08-59b9dad84215',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6001-7fb9-a098-645c78565bb5','019fdeab-6000-7c73-a9e5-2ed571c009cd','019fdeab-5c0f-7ec8-961b-e73525a4515c','scored',67.0,'019fdeab-5fe0-768b-ae08-59b9dad84215',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6020-7aaf-bd22-fb3077a8b45e','019fdeab-601f-7dfc-8c21-cf70f80a1f9f','019fdeab-5c0f-7ec8-961b-e73525a4515c','scored',20.0,'019fdeab-5fe0-768b-ae08-59b9dad84215',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6022-7cbb-b6d8-74fa2b130293','019fdeab-6021-749e-b56d-068208a9f085','019fdeab-5c0f-7ec8-961b-e73525a4515c','scored',50.0,'019fdeab-5fe0-768b-ae08-59b9dad84215',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6024-72c0-9568-dc48cf5660e1','019fdeab-6023-7f7f-9426-879dec303f8b','019fdeab-5c0f-7ec8-961b-e73525a4515c','scored',93.0,'019fdeab-5fe0-768b-ae08-59b9dad84215',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6043-79ff-b575-614ec927d90a','019fdeab-6042-77ac-8a44-a6e6e0a1465a','019fdeab-5c0f-7ec8-961b-e73525a4515c','scored',17.5,'019fdeab-5fe0-768b-ae08-59b9dad84215',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6045-75b3-af77-9e9d21d90faf','019fdeab-6044-70c0-9686-ece28d51cd1a','019fdeab-5c0f-7ec8-961b-e73525a4515c','scored',50.0,'019fdeab-5fe0-768b-ae08-59b9dad84215',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6047-7265-9ae7-6675412284bd','019fdeab-6046-7c66-8e26-9f406be8a2de','019fdeab-5c0f-7ec8-961b-e73525a4515c','scored',95.0,'019fdeab-5fe0-768b-ae08-59b9dad84215',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6066-7864-80ee-bd3f4f60eeb6','019fdeab-6065-7948-9885-4d73bb53674b','019fdeab-5c0f-7ec8-961b-e73525a4515c','scored',19.0,'019fdeab-5fe0-768b-ae08-59b9dad84215',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6068-7c13-982e-0ff0b8514399','019fdeab-6067-7848-b990-a1d397bc1aea','019fdeab-5c0f-7ec8-961b-e73525a4515c','scored',44.0,'019fdeab-5fe0-768b-ae08-59b9dad84215',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-606a-75a1-b95d-1408d5615897','019fdeab-6069-728c-9648-d832d507ff42','019fdeab-5c0f-7ec8-961b-e73525a4515c','scored',89.499999999999999998,'019fdeab-5fe0-768b-ae08-59b9dad84215',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-608a-7823-8253-a46a836490e7','019fdeab-6089-7bb0-8552-aac697d1e1a8','019fdeab-5c0f-7ec8-961b-e73525a4515c','scored',17.5,'019fdeab-606d-7674-91bd-c8377c62469c',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-608c-725d-ba1a-db91b3d02540','019fdeab-608b-7cce-a9f6-b6c248f51c6e','019fdeab-5c0f-7ec8-961b-e73525a4515c','scored',41.0,'019fdeab-606d-7674-91bd-c8377c62469c',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-608e-775c-9013-9b4c29eae07c','019fdeab-608d-7ee8-8da6-f11d5eda5b8e','019fdeab-5c0f-7ec8-961b-e73525a4515c','scored',77.0,'019fdeab-606d-7674-91bd-c8377c62469c',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-60ba-73d3-bf52-501a0fb95a50','019fdeab-60b9-7b61-896b-c5be14a07fa0','019fdeab-5c08-73e9-8cf5-379daf387be1','scored',14.0,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-60bb-7603-86a4-cc4d930d3614','019fdeab-60b9-7b61-896b-c5be14a07fa0','019fdeab-5c19-71cc-a3ae-06026248d735','scored',8.5,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-60bd-734d-9965-0f9786f2c3f2','019fdeab-60bc-727c-8431-028fe29b6533','019fdeab-5c08-73e9-8cf5-379daf387be1','scored',37.0,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-60be-72ce-8809-5801b46268dd','019fdeab-60bc-727c-8431-028fe29b6533','019fdeab-5c19-71cc-a3ae-06026248d735','scored',28.499999999999999999,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-60c0-7e1b-b222-b768a23fe8f5','019fdeab-60bf-7753-9040-cec1eea6fa5b','019fdeab-5c08-73e9-8cf5-379daf387be1','scored',78.0,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-60c1-7757-9869-f8c072a7a26a','019fdeab-60bf-7753-9040-cec1eea6fa5b','019fdeab-5c19-71cc-a3ae-06026248d735','scored',41.0,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-60ec-78fc-865a-b2cf04cdb244','019fdeab-60eb-7853-8ce2-480f909e86ca','019fdeab-5c08-73e9-8cf5-379daf387be1','scored',12.5,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-60ed-733a-8548-d0e112f91392','019fdeab-60eb-7853-8ce2-480f909e86ca','019fdeab-5c19-71cc-a3ae-06026248d735','scored',10.499999999999999999,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-60ef-72cc-8034-26e803afe0ab','019fdeab-60ee-7259-a0a6-8b2a07b9dbaa','019fdeab-5c08-73e9-8cf5-379daf387be1','scored',44.499999999999999998,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-60f0-7589-bccf-ceea63a03570','019fdeab-60ee-7259-a0a6-8b2a07b9dbaa','019fdeab-5c19-71cc-a3ae-06026248d735','scored',25.0,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-60f2-7ade-88c1-2cec853b4f2f','019fdeab-60f1-7e04-a5a4-4e9d48e9ef49','019fdeab-5c08-73e9-8cf5-379daf387be1','scored',93.0,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-60f3-768f-991c-601d58ce7883','019fdeab-60f1-7e04-a5a4-4e9d48e9ef49','019fdeab-5c19-71cc-a3ae-06026248d735','scored',52.0,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-611e-7511-8fd6-11d4afae98aa','019fdeab-611d-7e41-b6e3-79aa7382814c','019fdeab-5c08-73e9-8cf5-379daf387be1','absent',NULL,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-611f-74e1-9289-84c2bb133b14','019fdeab-611d-7e41-b6e3-79aa7382814c','019fdeab-5c19-71cc-a3ae-06026248d735','scored',8.5,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6121-7440-97b6-b9c428ac0d5f','019fdeab-6120-7241-841f-41574dbc2e16','019fdeab-5c08-73e9-8cf5-379daf387be1','scored',37.5,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6122-7efb-a528-fcfd34e23a25','019fdeab-6120-7241-841f-41574dbc2e16','019fdeab-5c19-71cc-a3ae-06026248d735','scored',21.0,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6124-7ad0-83e1-1e2ce90d0cb6','019fdeab-6123-776a-904c-268e30a1a118','019fdeab-5c08-73e9-8cf5-379daf387be1','scored',70.500000000000000001,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6125-7606-8cd1-bcc9cadd7cdc','019fdeab-6123-776a-904c-268e30a1a118','019fdeab-5c19-71cc-a3ae-06026248d735','scored',50.500000000000000001,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6150-7288-94da-26cd46b2f86b','019fdeab-614f-7c42-884b-d750b80f9cb5','019fdeab-5c08-73e9-8cf5-379daf387be1','scored',13.0,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6151-706f-b5fa-4cb4e322fc44','019fdeab-614f-7c42-884b-d750b80f9cb5','019fdeab-5c19-71cc-a3ae-06026248d735','scored',13.0,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6153-7476-b833-765e4906f8f9','019fdeab-6152-73a7-b2bb-de9892af5bb6','019fdeab-5c08-73e9-8cf5-379daf387be1','scored',34.5,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6154-7eda-a2ea-0d71c27d9ecb','019fdeab-6152-73a7-b2bb-de9892af5bb6','019fdeab-5c19-71cc-a3ae-06026248d735','scored',21.5,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6156-7a8e-8c1f-64c7517e2632','019fdeab-6155-74d0-a4aa-51a95ea6b2f4','019fdeab-5c08-73e9-8cf5-379daf387be1','scored',74.0,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6157-7fbb-a91c-78c43636d46f','019fdeab-6155-74d0-a4aa-51a95ea6b2f4','019fdeab-5c19-71cc-a3ae-06026248d735','scored',41.5,'019fdeab-6091-715d-b9ef-67ff4e8ecb7c',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6183-766e-bb8a-8e787da4bdfc','019fdeab-6182-714a-b45b-83664fe015c5','019fdeab-5c08-73e9-8cf5-379daf387be1','scored',14.5,'019fdeab-615a-746d-a70d-d92ec1fe9463',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6184-76f2-9d9d-e84d07cc6054','019fdeab-6182-714a-b45b-83664fe015c5','019fdeab-5c19-71cc-a3ae-06026248d735','scored',6.5,'019fdeab-615a-746d-a70d-d92ec1fe9463',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6186-74b3-ba31-1b2db9fac05e','019fdeab-6185-7d01-854d-d6a557782f6c','019fdeab-5c08-73e9-8cf5-379daf387be1','scored',42.0,'019fdeab-615a-746d-a70d-d92ec1fe9463',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6187-7488-a857-30b00d7a3457','019fdeab-6185-7d01-854d-d6a557782f6c','019fdeab-5c19-71cc-a3ae-06026248d735','scored',27.0,'019fdeab-615a-746d-a70d-d92ec1fe9463',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6189-784e-8bec-6f9eaba0ebce','019fdeab-6188-7089-8924-596d210121e3','019fdeab-5c08-73e9-8cf5-379daf387be1','scored',68.499999999999999999,'019fdeab-615a-746d-a70d-d92ec1fe9463',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-618a-7b1c-9fea-4fa5a44d7f77','019fdeab-6188-7089-8924-596d210121e3','019fdeab-5c19-71cc-a3ae-06026248d735','scored',36.5,'019fdeab-615a-746d-a70d-d92ec1fe9463',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-61a9-79d8-92d8-323cb9a3fcd5','019fdeab-61a8-778b-abec-f8a1fcf49ab5','019fdeab-5c03-7497-86da-fe42f42f1b9a','scored',11.0,'019fdeab-615a-746d-a70d-d92ec1fe9463',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-61ab-7e46-8814-24df54341ab0','019fdeab-61aa-797d-9449-99cde98c55ec','019fdeab-5c03-7497-86da-fe42f42f1b9a','scored',29.5,'019fdeab-615a-746d-a70d-d92ec1fe9463',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-61ad-7064-ad39-8810cec1e548','019fdeab-61ac-7d70-9055-a1fd80eed336','019fdeab-5c03-7497-86da-fe42f42f1b9a','scored',66.5,'019fdeab-615a-746d-a70d-d92ec1fe9463',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-61cc-761f-a73c-bb1e82038fee','019fdeab-61cb-7976-a953-0fbf57e6f754','019fdeab-5c03-7497-86da-fe42f42f1b9a','scored',10.499999999999999999,'019fdeab-615a-746d-a70d-d92ec1fe9463',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-61ce-7c9c-a8a7-dbb797cd54b3','019fdeab-61cd-769e-951e-df25c13ea6ed','019fdeab-5c03-7497-86da-fe42f42f1b9a','scored',28.0,'019fdeab-615a-746d-a70d-d92ec1fe9463',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-61d0-71bd-b739-3c416a27ee39','019fdeab-61cf-7a10-bced-15f5f8dc2b19','019fdeab-5c03-7497-86da-fe42f42f1b9a','scored',64.0,'019fdeab-615a-746d-a70d-d92ec1fe9463',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-61ef-721b-a1ea-731cd5b2424f','019fdeab-61ee-7715-88ca-9f6ed8f7dbb5','019fdeab-5c03-7497-86da-fe42f42f1b9a','scored',11.499999999999999999,'019fdeab-615a-746d-a70d-d92ec1fe9463',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-61f1-7d3e-a47c-d1f85d9f6a40','019fdeab-61f0-7148-8e6b-2d524ea2196c','019fdeab-5c03-7497-86da-fe42f42f1b9a','scored',27.0,'019fdeab-615a-746d-a70d-d92ec1fe9463',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-61f3-7cde-93ff-5861ccd7f2ea','019fdeab-61f2-7642-9774-99cef3aaa221','019fdeab-5c03-7497-86da-fe42f42f1b9a','scored',48.0,'019fdeab-615a-746d-a70d-d92ec1fe9463',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6213-7133-81cc-af9e42d47b40','019fdeab-6212-7961-84d1-c12ea30c70ac','019fdeab-5c03-7497-86da-fe42f42f1b9a','scored',11.0,'019fdeab-61f6-7cbd-a2e9-67396246f099',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6215-78bf-b3f9-6febe92ce0ba','019fdeab-6214-79ba-ae50-4bea26fd450b','019fdeab-5c03-7497-86da-fe42f42f1b9a','scored',28.499999999999999999,'019fdeab-61f6-7cbd-a2e9-67396246f099',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6217-70b1-b525-d59e29b60181','019fdeab-6216-720d-a79f-d1566ebd6060','019fdeab-5c03-7497-86da-fe42f42f1b9a','scored',74.499999999999999998,'019fdeab-61f6-7cbd-a2e9-67396246f099',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6236-731b-b727-4ce2a12ff656','019fdeab-6235-7e3d-8c77-793ce70e2792','019fdeab-5c03-7497-86da-fe42f42f1b9a','scored',12.0,'019fdeab-61f6-7cbd-a2e9-67396246f099',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6238-7492-b6c6-1a6170ff700c','019fdeab-6237-740a-b987-bc7ea2d28625','019fdeab-5c03-7497-86da-fe42f42f1b9a','scored',31.5,'019fdeab-61f6-7cbd-a2e9-67396246f099',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-623a-7b21-96f9-90bf3bb81933','019fdeab-6239-7f36-b95e-3c80a298ff09','019fdeab-5c03-7497-86da-fe42f42f1b9a','scored',44.499999999999999998,'019fdeab-61f6-7cbd-a2e9-67396246f099',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6266-7eab-9c7e-f5ad3de29e60','019fdeab-6265-703a-be99-0d30f1ceb8e1','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','scored',10.499999999999999999,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6267-7e89-8fb9-b93a93148f46','019fdeab-6265-703a-be99-0d30f1ceb8e1','019fdeab-5c1b-73bd-9382-df01bd32aa56','scored',16.0,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6269-730c-a95c-a42fa75f9d74','019fdeab-6268-7cd8-8290-ef167111ec4a','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','scored',20.0,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-626a-7020-89af-abe3cdb0484b','019fdeab-6268-7cd8-8290-ef167111ec4a','019fdeab-5c1b-73bd-9382-df01bd32aa56','scored',35.499999999999999999,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-626c-74b4-92a9-2ba3c357f4ab','019fdeab-626b-7232-b2fd-aeff42b8eee2','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','scored',59.0,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-626d-7087-8c77-db611fc65639','019fdeab-626b-7232-b2fd-aeff42b8eee2','019fdeab-5c1b-73bd-9382-df01bd32aa56','scored',66.0,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6298-7a16-b6bd-b62f1a549d32','019fdeab-6297-713a-ab78-dc5885766357','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','scored',9.5,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6299-7cf6-a64d-4214219f79cb','019fdeab-6297-713a-ab78-dc5885766357','019fdeab-5c1b-73bd-9382-df01bd32aa56','scored',17.5,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-629b-74af-8e6b-3562c5dfaa54','019fdeab-629a-70f3-9c56-c1a77cca2114','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','scored',24.0,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-629c-7d6c-93b2-f5134e392882','019fdeab-629a-70f3-9c56-c1a77cca2114','019fdeab-5c1b-73bd-9382-df01bd32aa56','scored',41.5,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-629e-750f-9637-9e9e93730010','019fdeab-629d-7f55-a8e9-a84e2191236b','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','scored',50.0,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-629f-7aba-9802-4fc8717888c3','019fdeab-629d-7f55-a8e9-a84e2191236b','019fdeab-5c1b-73bd-9382-df01bd32aa56','scored',100.0,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-62cb-7412-a136-4026ab14c489','019fdeab-62ca-73c6-93f1-8a155c6b738d','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','scored',8.5,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-62cc-7598-b8b6-f6b05c6cdf8e','019fdeab-62ca-73c6-93f1-8a155c6b738d','019fdeab-5c1b-73bd-9382-df01bd32aa56','scored',18.0,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-62ce-7558-b79f-4005fc2a496f','019fdeab-62cd-7923-93cb-76271eafb16f','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','scored',24.5,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-62cf-7292-9901-1df758475ca1','019fdeab-62cd-7923-93cb-76271eafb16f','019fdeab-5c1b-73bd-9382-df01bd32aa56','scored',39.0,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-62d1-7950-bf12-9bbf14ba2ce1','019fdeab-62d0-7498-8d7d-d73ca0a59e4d','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','scored',56.5,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-62d2-7410-b370-9a0f3a097f2f','019fdeab-62d0-7498-8d7d-d73ca0a59e4d','019fdeab-5c1b-73bd-9382-df01bd32aa56','scored',77.5,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-62fd-7bb5-94b5-e698f04e8c58','019fdeab-62fc-76da-be05-1e3d4892fb43','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','scored',11.0,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-62fe-7f48-a8ad-1dc9d495cd24','019fdeab-62fc-76da-be05-1e3d4892fb43','019fdeab-5c1b-73bd-9382-df01bd32aa56','scored',13.5,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6300-7aa4-93a5-35d5a695042e','019fdeab-62ff-755f-9792-14b57620c013','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','scored',29.5,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6301-7c81-b8fc-8f5fb5ab8314','019fdeab-62ff-755f-9792-14b57620c013','019fdeab-5c1b-73bd-9382-df01bd32aa56','scored',49.499999999999999998,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6303-76b5-b133-98d1e27866e5','019fdeab-6302-7f6e-a93c-cb78a881b573','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','scored',51.0,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6304-7375-a992-a39208d2214b','019fdeab-6302-7f6e-a93c-cb78a881b573','019fdeab-5c1b-73bd-9382-df01bd32aa56','scored',99.499999999999999998,'019fdeab-623d-7fe4-89a3-13e34ee054f6',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6330-7acc-94be-8c995df8d03b','019fdeab-632f-7f7c-9036-e3fd9ee84f23','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','scored',11.0,'019fdeab-6307-7fe2-9416-153c27f17e81',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6331-7d5d-b538-99bba202d686','019fdeab-632f-7f7c-9036-e3fd9ee84f23','019fdeab-5c1b-73bd-9382-df01bd32aa56','scored',14.5,'019fdeab-6307-7fe2-9416-153c27f17e81',1791129600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6333-789f-a94a-18f3902393f2','019fdeab-6332-7f11-8961-0c6d92e55c4d','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','scored',21.5,'019fdeab-6307-7fe2-9416-153c27f17e81',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6334-7315-ba5b-deb2eda60d09','019fdeab-6332-7f11-8961-0c6d92e55c4d','019fdeab-5c1b-73bd-9382-df01bd32aa56','scored',42.0,'019fdeab-6307-7fe2-9416-153c27f17e81',1792339200000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6336-7c38-acda-ee84fd85d095','019fdeab-6335-7f33-bb0b-50834dc8e4fb','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','scored',51.0,'019fdeab-6307-7fe2-9416-153c27f17e81',1794153600000,0,1795305600000,'',0,'');
INSERT INTO mark VALUES('019fdeab-6337-790d-9fba-d9748bdcd32a','019fdeab-6335-7f33-bb0b-50834dc8e4fb','019fdeab-5c1b-73bd-9382-df01bd32aa56','scored',74.499999999999999998,'019fdeab-6307-7fe2-9416-153c27f17e81',1794153600000,0,1795305600000,'',0,'');
CREATE TABLE fee_invoice (
    id           TEXT PRIMARY KEY NOT NULL,
    student_id   TEXT NOT NULL REFERENCES student (id),
    semester_id  TEXT REFERENCES semester (id),
    description  TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency     TEXT NOT NULL CHECK (length(currency) = 3),
    issued_on    TEXT NOT NULL,
    due_on       TEXT NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), fee_structure_id TEXT REFERENCES fee_structure (id), late_fee_minor INTEGER NOT NULL DEFAULT 0 CHECK (late_fee_minor >= 0), late_fee_after_days INTEGER NOT NULL DEFAULT 0 CHECK (late_fee_after_days >= 0),
    CHECK (due_on >= issued_on)
) STRICT;
INSERT INTO fee_invoice VALUES('019fdeab-6344-792a-b6cd-6051132c6180','019fdeab-5c03-7497-86da-fe42f42f1b9a','019fdeab-5c00-7641-91fd-171bd81a5d20','Tuition, Autumn 2026',189000,'USD','2026-08-24','2026-09-28',0,1795305600000,'',0,'019fdeab-6340-749b-8468-b048df73e7d5',2500,7);
INSERT INTO fee_invoice VALUES('019fdeab-6347-7e23-bde1-99fc1c63261e','019fdeab-5c03-7497-86da-fe42f42f1b9a','019fdeab-5c00-7641-91fd-171bd81a5d20','Examination fee, Autumn 2026',7500,'USD','2026-11-02','2026-12-11',0,1795305600000,'',0,'019fdeab-6343-744a-a5e2-51343f6b952f',0,0);
INSERT INTO fee_invoice VALUES('019fdeab-6349-74a1-ab08-47822fc3d32e','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','019fdeab-5c00-7641-91fd-171bd81a5d20','Tuition, Autumn 2026',245000,'USD','2026-08-24','2026-09-28',0,1795305600000,'',0,'019fdeab-633a-7f12-9c15-abf0a9f4099c',2500,7);
INSERT INTO fee_invoice VALUES('019fdeab-634c-716a-8d20-877facfcaf5d','019fdeab-5c05-7ae9-b9ac-4c42eb94c353','019fdeab-5c00-7641-91fd-171bd81a5d20','Examination fee, Autumn 2026',7500,'USD','2026-11-02','2026-12-11',0,1795305600000,'',0,'019fdeab-6343-744a-a5e2-51343f6b952f',0,0);
INSERT INTO fee_invoice VALUES('019fdeab-634d-7e8d-8013-421564957094','019fdeab-5c08-73e9-8cf5-379daf387be1','019fdeab-5c00-7641-91fd-171bd81a5d20','Tuition, Autumn 2026',189000,'USD','2026-08-24','2026-09-28',0,1795305600000,'',0,'019fdeab-6340-749b-8468-b048df73e7d5',2500,7);
INSERT INTO fee_invoice VALUES('019fdeab-6350-7d94-b824-4b9edfd9f71e','019fdeab-5c08-73e9-8cf5-379daf387be1','019fdeab-5c00-7641-91fd-171bd81a5d20','Examination fee, Autumn 2026',7500,'USD','2026-11-02','2026-12-11',0,1795305600000,'',0,'019fdeab-6343-744a-a5e2-51343f6b952f',0,0);
INSERT INTO fee_invoice VALUES('019fdeab-6351-741d-934e-97160607e2a7','019fdeab-5c0a-711a-a40b-b4c31664d9ef','019fdeab-5c00-7641-91fd-171bd81a5d20','Tuition, Autumn 2026',245000,'USD','2026-08-24','2026-09-28',0,1795305600000,'',0,'019fdeab-633a-7f12-9c15-abf0a9f4099c',2500,7);
INSERT INTO fee_invoice VALUES('019fdeab-6354-7227-a5d9-e78fae840e28','019fdeab-5c0a-711a-a40b-b4c31664d9ef','019fdeab-5c00-7641-91fd-171bd81a5d20','Examination fee, Autumn 2026',7500,'USD','2026-11-02','2026-12-11',0,1795305600000,'',0,'019fdeab-6343-744a-a5e2-51343f6b952f',0,0);
INSERT INTO fee_invoice VALUES('019fdeab-6355-7372-ac2f-ed70c69d4359','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','019fdeab-5c00-7641-91fd-171bd81a5d20','Tuition, Autumn 2026',262000,'USD','2026-08-24','2026-09-28',0,1795305600000,'',0,'019fdeab-633c-7f66-93ac-e0b5d01ea208',2500,7);
INSERT INTO fee_invoice VALUES('019fdeab-6357-7d5e-acfb-ce0f9dcebe23','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','019fdeab-5c00-7641-91fd-171bd81a5d20','Laboratory and materials fee, Autumn 2026',15000,'USD','2026-08-24','2026-10-22',0,1795305600000,'',0,'019fdeab-633d-7588-8650-9cc29751e4e8',0,0);
INSERT INTO fee_invoice VALUES('019fdeab-6359-728a-a690-a56aebe02eab','019fdeab-5c0d-7a7e-b9cd-fad77a4dc831','019fdeab-5c00-7641-91fd-171bd81a5d20','Examination fee, Autumn 2026',7500,'USD','2026-11-02','2026-12-11',0,1795305600000,'',0,'019fdeab-6343-744a-a5e2-51343f6b952f',0,0);
INSERT INTO fee_invoice VALUES('019fdeab-635b-781b-9b7f-5c3b62ce1476','019fdeab-5c0f-7ec8-961b-e73525a4515c','019fdeab-5c00-7641-91fd-171bd81a5d20','Tuition, Autumn 2026',221000,'USD','2026-08-24','2026-09-28',0,1795305600000,'',0,'019fdeab-633e-735d-8dfe-3248bb9b914c',2500,7);
INSERT INTO fee_invoice VALUES('019fdeab-635d-7603-b16c-16529ea92fe5','019fdeab-5c0f-7ec8-961b-e73525a4515c','019fdeab-5c00-7641-91fd-171bd81a5d20','Laboratory and materials fee, Autumn 2026',15000,'USD','2026-08-24','2026-10-22',0,1795305600000,'',0,'019fdeab-633f-73d7-9a5c-7e98c0827e61',0,0);
INSERT INTO fee_invoice VALUES('019fdeab-635f-7c82-a91e-9bf8b17f1075','019fdeab-5c0f-7ec8-961b-e73525a4515c','019fdeab-5c00-7641-91fd-171bd81a5d20','Examination fee, Autumn 2026',7500,'USD','2026-11-02','2026-12-11',0,1795305600000,'',0,'019fdeab-6343-744a-a5e2-51343f6b952f',0,0);
INSERT INTO fee_invoice VALUES('019fdeab-6360-78b7-997d-1fd138eda778','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','019fdeab-5c00-7641-91fd-171bd81a5d20','Tuition, Autumn 2026',230000,'USD','2026-08-24','2026-09-28',0,1795305600000,'',0,'019fdeab-6341-79de-b9af-4a89dff8cb75',2500,7);
INSERT INTO fee_invoice VALUES('019fdeab-6362-7bbf-836f-3484d0dab798','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','019fdeab-5c00-7641-91fd-171bd81a5d20','Laboratory and materials fee, Autumn 2026',15000,'USD','2026-08-24','2026-10-22',0,1795305600000,'',0,'019fdeab-6342-76c8-8781-de612472c426',0,0);
INSERT INTO fee_invoice VALUES('019fdeab-6365-7324-b4a8-f2392f317f0e','019fdeab-5c12-72b9-a40a-a2d9d4cd45c5','019fdeab-5c00-7641-91fd-171bd81a5d20','Examination fee, Autumn 2026',7500,'USD','2026-11-02','2026-12-11',0,1795305600000,'',0,'019fdeab-6343-744a-a5e2-51343f6b952f',0,0);
INSERT INTO fee_invoice VALUES('019fdeab-6366-77b3-ad9b-cf1f0ad00b11','019fdeab-5c15-70d0-8218-c99b9d5a8112','019fdeab-5c00-7641-91fd-171bd81a5d20','Tuition, Autumn 2026',245000,'USD','2026-08-24','2026-09-28',0,1795305600000,'',0,'019fdeab-633a-7f12-9c15-abf0a9f4099c',2500,7);
INSERT INTO fee_invoice VALUES('019fdeab-6369-71f4-aa37-f82c996f6381','019fdeab-5c15-70d0-8218-c99b9d5a8112','019fdeab-5c00-7641-91fd-171bd81a5d20','Examination fee, Autumn 2026',7500,'USD','2026-11-02','2026-12-11',0,1795305600000,'',0,'019fdeab-6343-744a-a5e2-51343f6b952f',0,0);
INSERT INTO fee_invoice VALUES('019fdeab-636a-7ae6-8401-c0a652e6b4f9','019fdeab-5c17-7329-aec4-dbd8366ca26c','019fdeab-5c00-7641-91fd-171bd81a5d20','Tuition, Autumn 2026',262000,'USD','2026-08-24','2026-09-28',0,1795305600000,'',0,'019fdeab-633c-7f66-93ac-e0b5d01ea208',2500,7);
INSERT INTO fee_invoice VALUES('019fdeab-636c-7f38-99cd-68f17a4460d0','019fdeab-5c17-7329-aec4-dbd8366ca26c','019fdeab-5c00-7641-91fd-171bd81a5d20','Laboratory and materials fee, Autumn 2026',15000,'USD','2026-08-24','2026-10-22',0,1795305600000,'',0,'019fdeab-633d-7588-8650-9cc29751e4e8',0,0);
INSERT INTO fee_invoice VALUES('019fdeab-636e-759f-a821-86cc10da1cae','019fdeab-5c17-7329-aec4-dbd8366ca26c','019fdeab-5c00-7641-91fd-171bd81a5d20','Examination fee, Autumn 2026',7500,'USD','2026-11-02','2026-12-11',0,1795305600000,'',0,'019fdeab-6343-744a-a5e2-51343f6b952f',0,0);
INSERT INTO fee_invoice VALUES('019fdeab-636f-70b1-9f2e-7a815761c25f','019fdeab-5c19-71cc-a3ae-06026248d735','019fdeab-5c00-7641-91fd-171bd81a5d20','Tuition, Autumn 2026',189000,'USD','2026-08-24','2026-09-28',0,1795305600000,'',0,'019fdeab-6340-749b-8468-b048df73e7d5',2500,7);
INSERT INTO fee_invoice VALUES('019fdeab-6371-7881-86b8-c07360ab03f7','019fdeab-5c19-71cc-a3ae-06026248d735','019fdeab-5c00-7641-91fd-171bd81a5d20','Examination fee, Autumn 2026',7500,'USD','2026-11-02','2026-12-11',0,1795305600000,'',0,'019fdeab-6343-744a-a5e2-51343f6b952f',0,0);
INSERT INTO fee_invoice VALUES('019fdeab-6373-7f82-ae93-c3b1c931694d','019fdeab-5c1b-73bd-9382-df01bd32aa56','019fdeab-5c00-7641-91fd-171bd81a5d20','Tuition, Autumn 2026',230000,'USD','2026-08-24','2026-09-28',0,1795305600000,'',0,'019fdeab-6341-79de-b9af-4a89dff8cb75',2500,7);
INSERT INTO fee_invoice VALUES('019fdeab-6374-7098-9562-c67a859e60ed','019fdeab-5c1b-73bd-9382-df01bd32aa56','019fdeab-5c00-7641-91fd-171bd81a5d20','Laboratory and materials fee, Autumn 2026',15000,'USD','2026-08-24','2026-10-22',0,1795305600000,'',0,'019fdeab-6342-76c8-8781-de612472c426',0,0);
INSERT INTO fee_invoice VALUES('019fdeab-6376-7833-b175-fcfae2d9768e','019fdeab-5c1b-73bd-9382-df01bd32aa56','019fdeab-5c00-7641-91fd-171bd81a5d20','Examination fee, Autumn 2026',7500,'USD','2026-11-02','2026-12-11',0,1795305600000,'',0,'019fdeab-6343-744a-a5e2-51343f6b952f',0,0);
INSERT INTO fee_invoice VALUES('019fdeab-6377-7a38-bbd0-cd3cc5c8716b','019fdeab-5c1d-7daa-bc39-7df1637db81c','019fdeab-5c00-7641-91fd-171bd81a5d20','Tuition, Autumn 2026',198000,'USD','2026-08-24','2026-09-28',0,1795305600000,'',0,'019fdeab-633b-77a0-9944-e5eeeab0a0ac',2500,7);
INSERT INTO fee_invoice VALUES('019fdeab-637a-7c22-9b56-4ae9c2916195','019fdeab-5c1d-7daa-bc39-7df1637db81c','019fdeab-5c00-7641-91fd-171bd81a5d20','Examination fee, Autumn 2026',7500,'USD','2026-11-02','2026-12-11',0,1795305600000,'',0,'019fdeab-6343-744a-a5e2-51343f6b952f',0,0);
CREATE TABLE ledger_entry (
    id             TEXT PRIMARY KEY NOT NULL,
    invoice_id     TEXT NOT NULL REFERENCES fee_invoice (id),
    kind           TEXT NOT NULL CHECK (kind IN ('payment', 'refund', 'waiver', 'late_fee')),
    amount_minor   INTEGER NOT NULL CHECK (amount_minor > 0),
    currency       TEXT NOT NULL CHECK (length(currency) = 3),
    method         TEXT CHECK (method IN ('cash', 'bank', 'card', 'other')),
    receipt_number TEXT,
    recorded_by    TEXT NOT NULL,
    entry_date     TEXT NOT NULL,
    recorded_at    INTEGER NOT NULL,
    reason         TEXT NOT NULL DEFAULT '',
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
INSERT INTO ledger_entry VALUES('019fdeab-6345-7d08-9425-14a4985dff60','019fdeab-6344-792a-b6cd-6051132c6180','payment',194000,'USD','card','R-2026-9E3779-000001','019fdeab-5c02-763b-a146-e79f2ad00128','2026-09-15',1789468920000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-6346-7c58-b3d7-c88204e06f66','019fdeab-6344-792a-b6cd-6051132c6180','refund',5000,'USD','other',NULL,'019fdeab-5c02-763b-a146-e79f2ad00128','2026-09-21',1790004480000,'Overpayment returned',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-6348-708a-96d7-50050776b02b','019fdeab-6347-7e23-bde1-99fc1c63261e','payment',7500,'USD','bank','R-2026-9E3779-000002','019fdeab-5c02-763b-a146-e79f2ad00128','2026-11-20',1795180860000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-634a-71c2-80fc-9bf5aa075839','019fdeab-6349-74a1-ab08-47822fc3d32e','payment',122500,'USD','cash','R-2026-9E3779-000003','019fdeab-5c02-763b-a146-e79f2ad00128','2026-09-15',1789484520000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-634b-723f-a6e3-ee0cd3097362','019fdeab-6349-74a1-ab08-47822fc3d32e','payment',122500,'USD','bank','R-2026-9E3779-000004','019fdeab-5c02-763b-a146-e79f2ad00128','2026-10-17',1792253760000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-634e-7df0-ba71-ec6168215f26','019fdeab-634d-7e8d-8013-421564957094','payment',94500,'USD','card','R-2026-9E3779-000005','019fdeab-5c02-763b-a146-e79f2ad00128','2026-09-25',1790354100000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-634f-7a10-8038-e6c8771fa1d4','019fdeab-634d-7e8d-8013-421564957094','payment',94500,'USD','card','R-2026-9E3779-000006','019fdeab-5c02-763b-a146-e79f2ad00128','2026-10-16',1792159560000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-6352-72ae-847f-62ce9029eb80','019fdeab-6351-741d-934e-97160607e2a7','waiver',122500,'USD',NULL,NULL,'019fdeab-5c02-763b-a146-e79f2ad00128','2026-08-24',1787583180000,'Merit scholarship (50 %)',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-6353-73a4-8d04-b107be7f23e3','019fdeab-6351-741d-934e-97160607e2a7','payment',122500,'USD','other','R-2026-9E3779-000007','019fdeab-5c02-763b-a146-e79f2ad00128','2026-09-12',1789212840000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-6356-7276-a86c-77a8d5379f99','019fdeab-6355-7372-ac2f-ed70c69d4359','payment',262000,'USD','bank','R-2026-9E3779-000008','019fdeab-5c02-763b-a146-e79f2ad00128','2026-09-14',1789396200000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-6358-7d50-b1fe-85dbaa5106d5','019fdeab-6357-7d5e-acfb-ce0f9dcebe23','waiver',7500,'USD',NULL,NULL,'019fdeab-5c02-763b-a146-e79f2ad00128','2026-08-24',1787585820000,'Merit scholarship (50 %)',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-635a-7fdb-aa42-c244fd78685a','019fdeab-6359-728a-a690-a56aebe02eab','payment',2200,'USD','bank','R-2026-9E3779-000009','019fdeab-5c02-763b-a146-e79f2ad00128','2026-11-17',1794920640000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-635c-720e-a17b-2c42e2bef7ea','019fdeab-635b-781b-9b7f-5c3b62ce1476','payment',221000,'USD','bank','R-2026-9E3779-000010','019fdeab-5c02-763b-a146-e79f2ad00128','2026-09-09',1788946080000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-635e-7dae-9a95-ea26283ab70f','019fdeab-635d-7603-b16c-16529ea92fe5','payment',15000,'USD','card','R-2026-9E3779-000011','019fdeab-5c02-763b-a146-e79f2ad00128','2026-08-28',1787916900000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-6361-7224-9242-38c45819aa19','019fdeab-6360-78b7-997d-1fd138eda778','payment',230000,'USD','cash','R-2026-9E3779-000012','019fdeab-5c02-763b-a146-e79f2ad00128','2026-09-07',1788793680000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-6363-7b77-8020-8ae06499643b','019fdeab-6362-7bbf-836f-3484d0dab798','payment',7500,'USD','card','R-2026-9E3779-000013','019fdeab-5c02-763b-a146-e79f2ad00128','2026-09-05',1788601500000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-6364-7281-a7d4-da6297df3f9f','019fdeab-6362-7bbf-836f-3484d0dab798','payment',7500,'USD','cash','R-2026-9E3779-000014','019fdeab-5c02-763b-a146-e79f2ad00128','2026-10-26',1793030340000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-6367-71e7-8b15-801d0cecce08','019fdeab-6366-77b3-ad9b-cf1f0ad00b11','waiver',122500,'USD',NULL,NULL,'019fdeab-5c02-763b-a146-e79f2ad00128','2026-08-24',1787578260000,'Merit scholarship (50 %)',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-6368-79b5-8234-8b2f1556639d','019fdeab-6366-77b3-ad9b-cf1f0ad00b11','payment',122500,'USD','bank','R-2026-9E3779-000015','019fdeab-5c02-763b-a146-e79f2ad00128','2026-09-23',1790181000000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-636b-7f68-966f-f01aa760e488','019fdeab-636a-7ae6-8401-c0a652e6b4f9','payment',183400,'USD','cash','R-2026-9E3779-000016','019fdeab-5c02-763b-a146-e79f2ad00128','2026-08-31',1788174480000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-636d-72e9-a4cf-f1fcd671f099','019fdeab-636c-7f38-99cd-68f17a4460d0','waiver',7500,'USD',NULL,NULL,'019fdeab-5c02-763b-a146-e79f2ad00128','2026-08-24',1787588820000,'Merit scholarship (50 %)',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-6370-7883-9547-ef2f00d26499','019fdeab-636f-70b1-9f2e-7a815761c25f','payment',189000,'USD','bank','R-2026-9E3779-000017','019fdeab-5c02-763b-a146-e79f2ad00128','2026-09-01',1788266400000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-6372-7205-a05d-e218b1928212','019fdeab-6371-7881-86b8-c07360ab03f7','payment',7500,'USD','bank','R-2026-9E3779-000018','019fdeab-5c02-763b-a146-e79f2ad00128','2026-11-16',1794841440000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-6375-7640-bf32-1bc0bf96d727','019fdeab-6374-7098-9562-c67a859e60ed','payment',15000,'USD','card','R-2026-9E3779-000019','019fdeab-5c02-763b-a146-e79f2ad00128','2026-09-05',1788622800000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-6378-7762-b25a-c45d10349c2d','019fdeab-6377-7a38-bbd0-cd3cc5c8716b','payment',99000,'USD','card','R-2026-9E3779-000020','019fdeab-5c02-763b-a146-e79f2ad00128','2026-09-10',1789043700000,'',0,1795305600000,'',0);
INSERT INTO ledger_entry VALUES('019fdeab-6379-7804-9874-52530fbb7a1a','019fdeab-6377-7a38-bbd0-cd3cc5c8716b','payment',99000,'USD','bank','R-2026-9E3779-000021','019fdeab-5c02-763b-a146-e79f2ad00128','2026-10-16',1792157580000,'',0,1795305600000,'',0);
CREATE TABLE channel (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL CHECK (kind IN ('direct', 'group', 'course')),
    course_id  TEXT REFERENCES course (id),
    created_by TEXT NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
INSERT INTO channel VALUES('019fdeab-637c-75fd-80ae-56c67166d179','Staff room','group',NULL,'019fdeab-5c1f-7e42-8ade-7de76a36e1e4',0,1795305600000,'',0);
INSERT INTO channel VALUES('019fdeab-6381-789e-99b7-f537e8eda675','Course discussion','course','019fdeab-5c20-71ac-940f-fb7decd2ea83','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',0,1795305600000,'',0);
INSERT INTO channel VALUES('019fdeab-6388-7d3c-812d-1a52bbc77a7f','Course discussion','course','019fdeab-5c52-7990-956a-3677c50eccef','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',0,1795305600000,'',0);
INSERT INTO channel VALUES('019fdeab-638e-7a5b-9b83-6ad779c7dcef','Course discussion','course','019fdeab-5c84-7b96-9059-70dc099ecc9d','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',0,1795305600000,'',0);
INSERT INTO channel VALUES('019fdeab-6394-7557-911b-cd124d68a1ad','Course discussion','course','019fdeab-5cb6-7203-8e88-8c66b95957b5','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',0,1795305600000,'',0);
CREATE TABLE channel_member (
    id         TEXT PRIMARY KEY NOT NULL,
    channel_id TEXT NOT NULL REFERENCES channel (id),
    user_id    TEXT NOT NULL REFERENCES user_account (id),
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
INSERT INTO channel_member VALUES('019fdeab-637d-741b-88a4-010ece4516ef','019fdeab-637c-75fd-80ae-56c67166d179','019fdeab-5c01-7814-9e00-3b0244d36b45',0,1795305600000,'',0);
INSERT INTO channel_member VALUES('019fdeab-637e-718b-8716-7646327a0ac1','019fdeab-637c-75fd-80ae-56c67166d179','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',0,1795305600000,'',0);
INSERT INTO channel_member VALUES('019fdeab-637f-742e-abd5-7dd364b6ee3b','019fdeab-637c-75fd-80ae-56c67166d179','019fdeab-5c02-763b-a146-e79f2ad00128',0,1795305600000,'',0);
INSERT INTO channel_member VALUES('019fdeab-6382-74d1-b7f0-03cb835d9740','019fdeab-6381-789e-99b7-f537e8eda675','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',0,1795305600000,'',0);
INSERT INTO channel_member VALUES('019fdeab-6383-7971-9911-bd44cd913efd','019fdeab-6381-789e-99b7-f537e8eda675','019fdeab-637b-7ce6-88c1-1ebb377fe336',0,1795305600000,'',0);
INSERT INTO channel_member VALUES('019fdeab-6389-76ec-b3c3-5f21f732b50a','019fdeab-6388-7d3c-812d-1a52bbc77a7f','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',0,1795305600000,'',0);
INSERT INTO channel_member VALUES('019fdeab-638f-76c3-88f5-e028d50f805f','019fdeab-638e-7a5b-9b83-6ad779c7dcef','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',0,1795305600000,'',0);
INSERT INTO channel_member VALUES('019fdeab-6395-702b-bcd2-796fa8bcbad2','019fdeab-6394-7557-911b-cd124d68a1ad','019fdeab-5c1f-7e42-8ade-7de76a36e1e4',0,1795305600000,'',0);
CREATE TABLE message (
    id         TEXT PRIMARY KEY NOT NULL,
    channel_id TEXT NOT NULL REFERENCES channel (id),
    sender_id  TEXT NOT NULL,
    body       TEXT NOT NULL,
    sent_at    INTEGER NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
INSERT INTO message VALUES('019fdeab-6380-7514-82f2-7e098404c846','019fdeab-637c-75fd-80ae-56c67166d179','019fdeab-5c01-7814-9e00-3b0244d36b45','Term timetable is final. Thanks, everyone.',1788771600000,0,1795305600000,'',0);
INSERT INTO message VALUES('019fdeab-6384-7ebc-8d6c-392b8bb30036','019fdeab-6381-789e-99b7-f537e8eda675','019fdeab-5c1f-7e42-8ade-7de76a36e1e4','Welcome to the course! The syllabus is on the notice board.',1788771600000,0,1795305600000,'',0);
INSERT INTO message VALUES('019fdeab-6385-750a-b201-bcd725471ed5','019fdeab-6381-789e-99b7-f537e8eda675','019fdeab-5c1f-7e42-8ade-7de76a36e1e4','Reminder: the quiz covers chapters 1 to 3.',1789030800000,0,1795305600000,'',0);
INSERT INTO message VALUES('019fdeab-6386-7bb4-8f07-698a740c6356','019fdeab-6381-789e-99b7-f537e8eda675','019fdeab-637b-7ce6-88c1-1ebb377fe336','Could you share the slides from today''s session?',1789290000000,0,1795305600000,'',0);
INSERT INTO message VALUES('019fdeab-6387-7bc8-b474-ca004af4cabb','019fdeab-6381-789e-99b7-f537e8eda675','019fdeab-5c1f-7e42-8ade-7de76a36e1e4','Office hours move to Thursday 14:00 this week.',1789549200000,0,1795305600000,'',0);
INSERT INTO message VALUES('019fdeab-638a-7c55-a4be-4c45b6abca00','019fdeab-6388-7d3c-812d-1a52bbc77a7f','019fdeab-5c1f-7e42-8ade-7de76a36e1e4','Welcome to the course! The syllabus is on the notice board.',1788771600000,0,1795305600000,'',0);
INSERT INTO message VALUES('019fdeab-638b-7ac1-8241-bb78bad83905','019fdeab-6388-7d3c-812d-1a52bbc77a7f','019fdeab-5c1f-7e42-8ade-7de76a36e1e4','Reminder: the quiz covers chapters 1 to 3.',1789030800000,0,1795305600000,'',0);
INSERT INTO message VALUES('019fdeab-638c-7b8f-aa71-bbb9f0f19545','019fdeab-6388-7d3c-812d-1a52bbc77a7f','019fdeab-5c1f-7e42-8ade-7de76a36e1e4','Could you share the slides from today''s session?',1789290000000,0,1795305600000,'',0);
INSERT INTO message VALUES('019fdeab-638d-7ee4-9c1e-411f15ee87f3','019fdeab-6388-7d3c-812d-1a52bbc77a7f','019fdeab-5c1f-7e42-8ade-7de76a36e1e4','Office hours move to Thursday 14:00 this week.',1789549200000,0,1795305600000,'',0);
INSERT INTO message VALUES('019fdeab-6390-7d27-9474-ccde7a416864','019fdeab-638e-7a5b-9b83-6ad779c7dcef','019fdeab-5c1f-7e42-8ade-7de76a36e1e4','Welcome to the course! The syllabus is on the notice board.',1788771600000,0,1795305600000,'',0);
INSERT INTO message VALUES('019fdeab-6391-7732-88d2-ff38570130f4','019fdeab-638e-7a5b-9b83-6ad779c7dcef','019fdeab-5c1f-7e42-8ade-7de76a36e1e4','Reminder: the quiz covers chapters 1 to 3.',1789030800000,0,1795305600000,'',0);
INSERT INTO message VALUES('019fdeab-6392-71af-8cc6-dd413e9ccc6c','019fdeab-638e-7a5b-9b83-6ad779c7dcef','019fdeab-5c1f-7e42-8ade-7de76a36e1e4','Could you share the slides from today''s session?',1789290000000,0,1795305600000,'',0);
INSERT INTO message VALUES('019fdeab-6393-7168-b908-9fb748460197','019fdeab-638e-7a5b-9b83-6ad779c7dcef','019fdeab-5c1f-7e42-8ade-7de76a36e1e4','Office hours move to Thursday 14:00 this week.',1789549200000,0,1795305600000,'',0);
INSERT INTO message VALUES('019fdeab-6396-7b13-a115-2c881190d74e','019fdeab-6394-7557-911b-cd124d68a1ad','019fdeab-5c1f-7e42-8ade-7de76a36e1e4','Welcome to the course! The syllabus is on the notice board.',1788771600000,0,1795305600000,'',0);
INSERT INTO message VALUES('019fdeab-6397-7b6f-a4db-a5940d69506c','019fdeab-6394-7557-911b-cd124d68a1ad','019fdeab-5c1f-7e42-8ade-7de76a36e1e4','Reminder: the quiz covers chapters 1 to 3.',1789030800000,0,1795305600000,'',0);
INSERT INTO message VALUES('019fdeab-6398-7410-ab63-6249451117d9','019fdeab-6394-7557-911b-cd124d68a1ad','019fdeab-5c1f-7e42-8ade-7de76a36e1e4','Could you share the slides from today''s session?',1789290000000,0,1795305600000,'',0);
INSERT INTO message VALUES('019fdeab-6399-76d4-b891-5bf0f75d5707','019fdeab-6394-7557-911b-cd124d68a1ad','019fdeab-5c1f-7e42-8ade-7de76a36e1e4','Office hours move to Thursday 14:00 this week.',1789549200000,0,1795305600000,'',0);
CREATE TABLE audit_log (
    id         TEXT PRIMARY KEY NOT NULL,
    at         INTEGER NOT NULL,
    actor_id   TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    details    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
) STRICT;
INSERT INTO audit_log VALUES('01a24135-0ce5-7dc7-9fa7-6e66f106076d',1796390325477,'','CampusDesk','update','app_setting','','{"changes":{"school.demo":{"from":false,"to":true},"school.name":{"from":"My school","to":"Hillside College"}}}');
INSERT INTO audit_log VALUES('01a24135-0ce6-7fdc-8b3b-ed16b6c606a1',1796390325478,'','CampusDesk','seed','school','','{"seed":"1","students":12,"today":"2026-11-22"}');
CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    mutation_id TEXT NOT NULL UNIQUE, -- idempotency key
    table_name  TEXT NOT NULL,
    op          TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    row_id      TEXT NOT NULL,
    base_rev    INTEGER NOT NULL,
    fields      TEXT NOT NULL CHECK (json_valid(fields)),
    created_at  INTEGER NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
CREATE TABLE conflict (
    id           TEXT PRIMARY KEY NOT NULL,
    table_name   TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    local_fields TEXT NOT NULL CHECK (json_valid(local_fields)),
    server_row   TEXT NOT NULL CHECK (json_valid(server_row)),
    detected_at  INTEGER NOT NULL,
    resolved_at  INTEGER,
    resolution   TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE sign_in_throttle (
    username        TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
    failures        INTEGER NOT NULL CHECK (failures >= 0),
    last_failure_at INTEGER NOT NULL,
    locked_until    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE user_session (
    id          TEXT PRIMARY KEY NOT NULL,
    user_id     TEXT NOT NULL REFERENCES user_account (id),
    secret_hash TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE student_photo (
    id         TEXT PRIMARY KEY NOT NULL,
    student_id TEXT NOT NULL REFERENCES student (id),
    image      BLOB NOT NULL CHECK (length(image) <= 524288),
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE TABLE assessment_category (
    id        TEXT PRIMARY KEY NOT NULL,
    course_id TEXT NOT NULL REFERENCES course (id),
    name      TEXT NOT NULL,
    weight    REAL NOT NULL CHECK (weight >= 0),
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
INSERT INTO assessment_category VALUES('019fdeab-5c45-7692-b48b-fbf82478364a','019fdeab-5c20-71ac-940f-fb7decd2ea83','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5c46-7fd9-91fb-e90612af82ed','019fdeab-5c20-71ac-940f-fb7decd2ea83','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5c77-7920-b52c-f33836ae2de5','019fdeab-5c52-7990-956a-3677c50eccef','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5c78-7bc4-8483-c0bb2711847d','019fdeab-5c52-7990-956a-3677c50eccef','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5ca9-7ffd-b15c-4ab21235941d','019fdeab-5c84-7b96-9059-70dc099ecc9d','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5caa-7e9b-95da-8529a5e45bd8','019fdeab-5c84-7b96-9059-70dc099ecc9d','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5cdb-77d0-81ea-45a33736db79','019fdeab-5cb6-7203-8e88-8c66b95957b5','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5cdc-77a3-a70d-1ef180f86a24','019fdeab-5cb6-7203-8e88-8c66b95957b5','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5d0e-740c-aae3-f77b2b62d242','019fdeab-5ce9-7035-892f-b8806df4df8a','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5d0f-7be5-8f41-122393d14486','019fdeab-5ce9-7035-892f-b8806df4df8a','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5d34-755e-a2f4-6671f1751932','019fdeab-5d1b-79b5-af31-270e2f1c3742','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5d35-79dc-9fb5-b962894b0b68','019fdeab-5d1b-79b5-af31-270e2f1c3742','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5d57-762d-9084-7e6aea29de1b','019fdeab-5d3e-70d4-8098-b244b61d2cd7','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5d58-7373-ab8b-2bf33ca47374','019fdeab-5d3e-70d4-8098-b244b61d2cd7','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5d7a-7b60-a7f4-317e972fe04a','019fdeab-5d61-75dd-96b5-32d4215bc6a1','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5d7b-70d8-912e-e4072c0e9d8d','019fdeab-5d61-75dd-96b5-32d4215bc6a1','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5d9e-77b2-b1f5-86ed86fa21e4','019fdeab-5d85-7ded-86de-189d622a75b1','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5d9f-7e6b-9d57-8be91f3e91aa','019fdeab-5d85-7ded-86de-189d622a75b1','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5dc1-7f5b-a9ac-6b1cbd0a68e7','019fdeab-5da8-7272-ad20-d509fabf0bf0','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5dc2-7576-a57d-0ed7b5e6c41c','019fdeab-5da8-7272-ad20-d509fabf0bf0','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5de6-709d-a37a-29452a340130','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5de7-7213-9765-542b31c24985','019fdeab-5dcc-715a-8b17-91d0dfbefc8e','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5e09-7ec3-bec1-862a19c0a37c','019fdeab-5df0-78a4-bb91-e8de0ce3d343','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5e0a-712f-b8a0-d5090a93c186','019fdeab-5df0-78a4-bb91-e8de0ce3d343','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5e2c-79fb-8502-d23e40de8083','019fdeab-5e13-78e5-92dd-0a18cf0b6843','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5e2d-765a-b059-cf170a3d3e45','019fdeab-5e13-78e5-92dd-0a18cf0b6843','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5e4f-7fa8-9432-ee741b1393d6','019fdeab-5e36-7928-8aae-6e62bdddb6ab','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5e50-7d56-93e9-9ce1691dba98','019fdeab-5e36-7928-8aae-6e62bdddb6ab','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5e74-7884-8931-4cc5c6b2b860','019fdeab-5e5a-7d3a-8026-5f23a82900a8','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5e75-7dbe-87d0-5372d8e88054','019fdeab-5e5a-7d3a-8026-5f23a82900a8','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5e99-7466-92e1-84d569addf6f','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5e9a-7cbb-b828-3274e576ef39','019fdeab-5e7f-7ec5-a4e3-5790fb13a940','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5ebc-75c1-b9b5-d71b862e1e97','019fdeab-5ea3-7f1e-8e18-8d020619f927','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5ebd-75a0-8137-090cea2d0654','019fdeab-5ea3-7f1e-8e18-8d020619f927','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5edf-7dfe-8650-01fbaaf472ad','019fdeab-5ec6-7693-8ebe-613261bdc671','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5ee0-77eb-ab7c-73e963a678d2','019fdeab-5ec6-7693-8ebe-613261bdc671','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5f02-7396-9c8a-d7302e102fb0','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5f03-7c73-bedd-e63025b1ed35','019fdeab-5ee9-74fa-8ac3-f8adc5586ca1','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5f26-7db0-acfd-78334ae20caa','019fdeab-5f0d-75d0-98e5-47b14a49669f','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5f27-7a41-a759-aaaf8d26bb93','019fdeab-5f0d-75d0-98e5-47b14a49669f','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5f49-7434-b38b-77705810801d','019fdeab-5f30-7141-aaa0-39d903ee1827','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5f4a-7699-aed2-2f7974a3dc5a','019fdeab-5f30-7141-aaa0-39d903ee1827','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5f6c-7720-84ff-c22745878ce6','019fdeab-5f53-7467-a9a2-dc291ed34fa4','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5f6d-7b55-88e6-0f866e90da8f','019fdeab-5f53-7467-a9a2-dc291ed34fa4','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5f8f-7a3b-a55f-f9aa07398275','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5f90-75d0-9fd1-d6ff5357c187','019fdeab-5f76-7b75-97ff-3e5fb66e3ce5','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5fb3-77d2-98f2-b188000680ed','019fdeab-5f9a-728a-8095-cd8e89862c31','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5fb4-7369-9c3f-f6c4f80a7ce0','019fdeab-5f9a-728a-8095-cd8e89862c31','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5fd6-794b-bb1f-ad62bf09654e','019fdeab-5fbd-7b75-ba22-7b391c1906a7','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5fd7-7ff2-bd1c-a41733b2fbd6','019fdeab-5fbd-7b75-ba22-7b391c1906a7','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5ffa-78e8-87b8-ad1763a6bfee','019fdeab-5fe1-7df6-8ab7-be3390bba08a','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-5ffb-7d55-8c7d-5dd45e18ae05','019fdeab-5fe1-7df6-8ab7-be3390bba08a','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-601d-7bc1-b774-10450d2eb8db','019fdeab-6004-753f-a22c-053d4c55f569','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-601e-7767-8a04-e3c772064b4c','019fdeab-6004-753f-a22c-053d4c55f569','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-6040-7a49-9934-d7edc9262852','019fdeab-6027-7939-bde4-a3d978a382c1','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-6041-73cf-acac-03c05be56f9b','019fdeab-6027-7939-bde4-a3d978a382c1','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-6063-7f17-bf92-e3de1602a2c2','019fdeab-604a-70f8-a45a-7723c702bf65','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-6064-73bc-84ff-a3604d3d204d','019fdeab-604a-70f8-a45a-7723c702bf65','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-6087-7a29-ae5a-3131b0314aad','019fdeab-606e-7167-8fc9-f715d079d47e','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-6088-750e-b11d-adcc299e6986','019fdeab-606e-7167-8fc9-f715d079d47e','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-60b7-7cee-9838-5beed60d1dc9','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-60b8-7451-9753-8f339b1a083d','019fdeab-6092-7ebc-8f33-69eef3d8d0d0','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-60e9-7c10-b639-d139c693ef5d','019fdeab-60c4-7c19-b4e2-44551889761e','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-60ea-70be-bf24-ef537800090d','019fdeab-60c4-7c19-b4e2-44551889761e','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-611b-779f-a0ad-83e36a97d1fe','019fdeab-60f6-7490-93c3-37391974362d','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-611c-7a4d-b22d-9cc252c53289','019fdeab-60f6-7490-93c3-37391974362d','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-614d-769a-820f-e5f0d52f20de','019fdeab-6128-71d3-9cc9-53278c5389c1','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-614e-7794-b4c0-4097a646519f','019fdeab-6128-71d3-9cc9-53278c5389c1','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-6180-7927-8afb-e22619dfcfde','019fdeab-615b-7417-8368-69222eb2e95d','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-6181-7b0d-9f74-4cfb609eded9','019fdeab-615b-7417-8368-69222eb2e95d','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-61a6-7744-82f4-94396d7e51ea','019fdeab-618d-710c-b36b-98bf7ba756c2','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-61a7-7a29-9c27-0d1191a9a8f3','019fdeab-618d-710c-b36b-98bf7ba756c2','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-61c9-79c5-a18c-277ef1866da5','019fdeab-61b0-7817-ad08-82f390b202b9','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-61ca-720c-9084-9ed2b8cbc370','019fdeab-61b0-7817-ad08-82f390b202b9','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-61ec-7cf3-bf00-e8a5b5410426','019fdeab-61d3-7737-9caa-30ca7fe20ea4','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-61ed-7001-88ac-2494d0e8ab1e','019fdeab-61d3-7737-9caa-30ca7fe20ea4','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-6210-748c-adbc-eff9a93043d3','019fdeab-61f7-797e-993f-29836e24d07a','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-6211-77b5-bc9f-ebbcb52be669','019fdeab-61f7-797e-993f-29836e24d07a','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-6233-75e5-b003-5a50de2145c4','019fdeab-621a-721d-9fc5-14a18f164032','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-6234-743f-a5d0-85be9dbc82f9','019fdeab-621a-721d-9fc5-14a18f164032','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-6263-7e8a-af56-923d9f86498a','019fdeab-623e-71ac-bf53-aad3abcb2d25','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-6264-7d25-8c24-a82e98c36bd7','019fdeab-623e-71ac-bf53-aad3abcb2d25','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-6295-722e-aa02-abad3a700c30','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-6296-79c4-bdb0-3cbd39f1463a','019fdeab-6270-7fdb-b2e7-8a77f2bd9a7d','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-62c8-7e2a-bc81-2218fb12af84','019fdeab-62a2-72e2-a3f8-1c1d58df773b','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-62c9-7be4-a61f-7f83bdeda54a','019fdeab-62a2-72e2-a3f8-1c1d58df773b','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-62fa-71f7-b296-926006b2346d','019fdeab-62d5-7567-8cf4-8c670e7bcee3','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-62fb-79ff-b292-dba287cbc5fa','019fdeab-62d5-7567-8cf4-8c670e7bcee3','Exam',60.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-632d-79f0-8170-fbf4ff7d914d','019fdeab-6308-7f08-8b74-5fb51408b8df','Coursework',40.0,0,1795305600000,'',0);
INSERT INTO assessment_category VALUES('019fdeab-632e-775f-af6b-dba8a1b5b3ef','019fdeab-6308-7f08-8b74-5fb51408b8df','Exam',60.0,0,1795305600000,'',0);
CREATE TABLE result_publication (
    id           TEXT PRIMARY KEY NOT NULL,
    course_id    TEXT NOT NULL REFERENCES course (id),
    published_by TEXT NOT NULL,
    published_at INTEGER NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE TABLE fee_structure (
    id                  TEXT PRIMARY KEY NOT NULL,
    semester_id         TEXT NOT NULL REFERENCES semester (id),
    program             TEXT NOT NULL DEFAULT '',
    description         TEXT NOT NULL,
    amount_minor        INTEGER NOT NULL CHECK (amount_minor > 0),
    currency            TEXT NOT NULL CHECK (length(currency) = 3),
    due_on              TEXT NOT NULL,
    late_fee_minor      INTEGER NOT NULL DEFAULT 0 CHECK (late_fee_minor >= 0),
    late_fee_after_days INTEGER NOT NULL DEFAULT 0 CHECK (late_fee_after_days >= 0),
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
INSERT INTO fee_structure VALUES('019fdeab-633a-7f12-9c15-abf0a9f4099c','019fdeab-5c00-7641-91fd-171bd81a5d20','Computer Science','Tuition, Autumn 2026',245000,'USD','2026-09-28',2500,7,0,1795305600000,'',0);
INSERT INTO fee_structure VALUES('019fdeab-633b-77a0-9944-e5eeeab0a0ac','019fdeab-5c00-7641-91fd-171bd81a5d20','Business Administration','Tuition, Autumn 2026',198000,'USD','2026-09-28',2500,7,0,1795305600000,'',0);
INSERT INTO fee_structure VALUES('019fdeab-633c-7f66-93ac-e0b5d01ea208','019fdeab-5c00-7641-91fd-171bd81a5d20','Mechanical Engineering','Tuition, Autumn 2026',262000,'USD','2026-09-28',2500,7,0,1795305600000,'',0);
INSERT INTO fee_structure VALUES('019fdeab-633d-7588-8650-9cc29751e4e8','019fdeab-5c00-7641-91fd-171bd81a5d20','Mechanical Engineering','Laboratory and materials fee, Autumn 2026',15000,'USD','2026-10-22',0,0,0,1795305600000,'',0);
INSERT INTO fee_structure VALUES('019fdeab-633e-735d-8dfe-3248bb9b914c','019fdeab-5c00-7641-91fd-171bd81a5d20','Nursing','Tuition, Autumn 2026',221000,'USD','2026-09-28',2500,7,0,1795305600000,'',0);
INSERT INTO fee_structure VALUES('019fdeab-633f-73d7-9a5c-7e98c0827e61','019fdeab-5c00-7641-91fd-171bd81a5d20','Nursing','Laboratory and materials fee, Autumn 2026',15000,'USD','2026-10-22',0,0,0,1795305600000,'',0);
INSERT INTO fee_structure VALUES('019fdeab-6340-749b-8468-b048df73e7d5','019fdeab-5c00-7641-91fd-171bd81a5d20','Economics','Tuition, Autumn 2026',189000,'USD','2026-09-28',2500,7,0,1795305600000,'',0);
INSERT INTO fee_structure VALUES('019fdeab-6341-79de-b9af-4a89dff8cb75','019fdeab-5c00-7641-91fd-171bd81a5d20','Biology','Tuition, Autumn 2026',230000,'USD','2026-09-28',2500,7,0,1795305600000,'',0);
INSERT INTO fee_structure VALUES('019fdeab-6342-76c8-8781-de612472c426','019fdeab-5c00-7641-91fd-171bd81a5d20','Biology','Laboratory and materials fee, Autumn 2026',15000,'USD','2026-10-22',0,0,0,1795305600000,'',0);
INSERT INTO fee_structure VALUES('019fdeab-6343-744a-a5e2-51343f6b952f','019fdeab-5c00-7641-91fd-171bd81a5d20','','Examination fee, Autumn 2026',7500,'USD','2026-12-11',0,0,0,1795305600000,'',0);
CREATE TABLE face_template (
    id         TEXT PRIMARY KEY NOT NULL,
    student_id TEXT NOT NULL REFERENCES student (id) ON DELETE CASCADE,
    -- The descriptor model and version ("face-api-resnet@1.7.15"): templates of different
    -- models are never compared with each other.
    model      TEXT NOT NULL CHECK (length(model) BETWEEN 1 AND 100),
    dimension  INTEGER NOT NULL CHECK (dimension > 0),
    nonce      BLOB NOT NULL CHECK (length(nonce) = 24),
    ciphertext BLOB NOT NULL,
    quality    REAL NOT NULL,
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL DEFAULT ''
) STRICT;
ANALYZE sqlite_schema;
INSERT INTO sqlite_stat1 VALUES('assessment_category','assessment_category_key','90 2 1');
INSERT INTO sqlite_stat1 VALUES('assessment_category','sqlite_autoindex_assessment_category_1','90 1');
INSERT INTO sqlite_stat1 VALUES('channel_member','channel_member_by_user','8 2');
INSERT INTO sqlite_stat1 VALUES('channel_member','channel_member_key','8 2 1');
INSERT INTO sqlite_stat1 VALUES('channel_member','sqlite_autoindex_channel_member_1','8 1');
INSERT INTO sqlite_stat1 VALUES('channel','sqlite_autoindex_channel_1','5 1');
INSERT INTO sqlite_stat1 VALUES('fee_structure','fee_structure_key','10 10 2 1');
INSERT INTO sqlite_stat1 VALUES('fee_structure','sqlite_autoindex_fee_structure_1','10 1');
INSERT INTO sqlite_stat1 VALUES('fee_invoice','fee_invoice_by_semester','29 29 3');
INSERT INTO sqlite_stat1 VALUES('fee_invoice','fee_invoice_of_structure','29 3 1');
INSERT INTO sqlite_stat1 VALUES('fee_invoice','fee_invoice_by_student','29 3');
INSERT INTO sqlite_stat1 VALUES('fee_invoice','sqlite_autoindex_fee_invoice_1','29 1');
INSERT INTO sqlite_stat1 VALUES('assessment','assessment_by_course','225 5');
INSERT INTO sqlite_stat1 VALUES('assessment','sqlite_autoindex_assessment_1','225 1');
INSERT INTO sqlite_stat1 VALUES('message','message_by_channel','17 4 1');
INSERT INTO sqlite_stat1 VALUES('message','sqlite_autoindex_message_1','17 1');
INSERT INTO sqlite_stat1 VALUES('attendance_mark','attendance_mark_by_student','664 56');
INSERT INTO sqlite_stat1 VALUES('attendance_mark','attendance_mark_by_session','664 2 1');
INSERT INTO sqlite_stat1 VALUES('attendance_mark','sqlite_autoindex_attendance_mark_1','664 1');
INSERT INTO sqlite_stat1 VALUES('attendance_session','attendance_session_key','495 11 1 1');
INSERT INTO sqlite_stat1 VALUES('attendance_session','attendance_session_by_course','495 11 1');
INSERT INTO sqlite_stat1 VALUES('attendance_session','sqlite_autoindex_attendance_session_1','495 1');
INSERT INTO sqlite_stat1 VALUES('audit_log','audit_log_by_actor','2 2 1');
INSERT INTO sqlite_stat1 VALUES('audit_log','audit_log_by_entity','2 1 1');
INSERT INTO sqlite_stat1 VALUES('audit_log','audit_log_by_time','2 1');
INSERT INTO sqlite_stat1 VALUES('audit_log','sqlite_autoindex_audit_log_1','2 1');
INSERT INTO sqlite_stat1 VALUES('enrollment','enrollment_by_course','60 2');
INSERT INTO sqlite_stat1 VALUES('enrollment','enrollment_key','60 5 1');
INSERT INTO sqlite_stat1 VALUES('enrollment','sqlite_autoindex_enrollment_1','60 1');
INSERT INTO sqlite_stat1 VALUES('app_setting','sqlite_autoindex_app_setting_1','6 1');
INSERT INTO sqlite_stat1 VALUES('mark','mark_by_student','180 15');
INSERT INTO sqlite_stat1 VALUES('mark','mark_key','180 2 1');
INSERT INTO sqlite_stat1 VALUES('mark','sqlite_autoindex_mark_1','180 1');
INSERT INTO sqlite_stat1 VALUES('student','student_by_status','12 12 1 1 1');
INSERT INTO sqlite_stat1 VALUES('student','student_by_program','12 2 1 1 1');
INSERT INTO sqlite_stat1 VALUES('student','student_by_batch','12 3 1 1 1');
INSERT INTO sqlite_stat1 VALUES('student','student_by_email','12 1 1 1 1');
INSERT INTO sqlite_stat1 VALUES('student','student_by_number','12 1 1 1 1');
INSERT INTO sqlite_stat1 VALUES('student','student_by_first_name','12 1 1 1');
INSERT INTO sqlite_stat1 VALUES('student','student_by_name','12 1 1 1');
INSERT INTO sqlite_stat1 VALUES('student','student_number_key','12 1');
INSERT INTO sqlite_stat1 VALUES('student','sqlite_autoindex_student_1','12 1');
INSERT INTO sqlite_stat1 VALUES('guardian','guardian_of_student','16 2');
INSERT INTO sqlite_stat1 VALUES('guardian','sqlite_autoindex_guardian_1','16 1');
INSERT INTO sqlite_stat1 VALUES('user_account','user_account_of_student','1 1');
INSERT INTO sqlite_stat1 VALUES('user_account','user_account_username_key','18 1');
INSERT INTO sqlite_stat1 VALUES('user_account','sqlite_autoindex_user_account_1','18 1');
INSERT INTO sqlite_stat1 VALUES('semester','sqlite_autoindex_semester_1','1 1');
INSERT INTO sqlite_stat1 VALUES('course','course_code_key','45 45 1');
INSERT INTO sqlite_stat1 VALUES('course','sqlite_autoindex_course_1','45 1');
INSERT INTO sqlite_stat1 VALUES('ledger_entry','ledger_entry_receipt_key','21 1');
INSERT INTO sqlite_stat1 VALUES('ledger_entry','ledger_entry_by_invoice','26 2');
INSERT INTO sqlite_stat1 VALUES('ledger_entry','sqlite_autoindex_ledger_entry_1','26 1');
INSERT INTO sqlite_stat1 VALUES('student_search','student_search','108 2 1 1 1');
INSERT INTO sqlite_stat1 VALUES('course_teacher','course_teacher_by_teacher','45 3');
INSERT INTO sqlite_stat1 VALUES('course_teacher','course_teacher_key','45 1 1');
INSERT INTO sqlite_stat1 VALUES('course_teacher','sqlite_autoindex_course_teacher_1','45 1');
DELETE FROM sqlite_sequence;
CREATE UNIQUE INDEX student_number_key ON student (student_number) WHERE deleted = 0;
CREATE INDEX student_by_name ON student (last_name, first_name, id) WHERE deleted = 0;
CREATE INDEX student_by_first_name ON student (first_name, last_name, id) WHERE deleted = 0;
CREATE INDEX student_by_number ON student (student_number, last_name, first_name, id) WHERE deleted = 0;
CREATE INDEX student_by_email ON student (email, last_name, first_name, id) WHERE deleted = 0;
CREATE INDEX guardian_of_student ON guardian (student_id);
CREATE UNIQUE INDEX user_account_username_key ON user_account (username) WHERE deleted = 0;
CREATE INDEX user_account_of_student ON user_account (student_id) WHERE student_id IS NOT NULL;
CREATE UNIQUE INDEX course_code_key ON course (semester_id, code) WHERE deleted = 0;
CREATE UNIQUE INDEX course_teacher_key ON course_teacher (course_id, teacher_id) WHERE deleted = 0;
CREATE INDEX course_teacher_by_teacher ON course_teacher (teacher_id) WHERE deleted = 0;
CREATE UNIQUE INDEX enrollment_key ON enrollment (student_id, course_id) WHERE deleted = 0;
CREATE INDEX enrollment_by_course ON enrollment (course_id) WHERE deleted = 0;
CREATE INDEX attendance_session_by_course ON attendance_session (course_id, session_date);
CREATE INDEX attendance_mark_by_session ON attendance_mark (session_id, student_id);
CREATE INDEX attendance_mark_by_student ON attendance_mark (student_id);
CREATE TRIGGER attendance_mark_no_delete BEFORE DELETE ON attendance_mark
BEGIN
    SELECT RAISE(ABORT, 'attendance marks are append-only');
END;
CREATE INDEX assessment_by_course ON assessment (course_id) WHERE deleted = 0;
CREATE UNIQUE INDEX mark_key ON mark (assessment_id, student_id) WHERE deleted = 0;
CREATE INDEX mark_by_student ON mark (student_id) WHERE deleted = 0;
CREATE INDEX fee_invoice_by_student ON fee_invoice (student_id) WHERE deleted = 0;
CREATE INDEX ledger_entry_by_invoice ON ledger_entry (invoice_id);
CREATE UNIQUE INDEX ledger_entry_receipt_key ON ledger_entry (receipt_number)
    WHERE receipt_number IS NOT NULL;
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry
WHEN NEW.id IS NOT OLD.id OR NEW.invoice_id IS NOT OLD.invoice_id
  OR NEW.kind IS NOT OLD.kind OR NEW.amount_minor IS NOT OLD.amount_minor
  OR NEW.currency IS NOT OLD.currency OR NEW.method IS NOT OLD.method
  OR NEW.receipt_number IS NOT OLD.receipt_number OR NEW.recorded_by IS NOT OLD.recorded_by
  OR NEW.entry_date IS NOT OLD.entry_date OR NEW.recorded_at IS NOT OLD.recorded_at
  OR NEW.reason IS NOT OLD.reason OR NEW.updated_at IS NOT OLD.updated_at
  OR NEW.updated_by IS NOT OLD.updated_by OR NEW.deleted IS NOT OLD.deleted
BEGIN
    SELECT RAISE(ABORT, 'the fee ledger is append-only');
END;
CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry
BEGIN
    SELECT RAISE(ABORT, 'the fee ledger is append-only');
END;
CREATE UNIQUE INDEX channel_member_key ON channel_member (channel_id, user_id) WHERE deleted = 0;
CREATE INDEX channel_member_by_user ON channel_member (user_id) WHERE deleted = 0;
CREATE INDEX message_by_channel ON message (channel_id, sent_at);
CREATE INDEX audit_log_by_time ON audit_log (at);
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_by_actor ON audit_log (actor_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE INDEX conflict_open ON conflict (detected_at) WHERE resolved_at IS NULL;
CREATE INDEX user_session_user ON user_session (user_id);
CREATE TRIGGER student_search_insert AFTER INSERT ON student
WHEN NEW.deleted = 0 AND NEW.archived = 0
BEGIN
    INSERT OR IGNORE INTO student_search (term, last_name, first_name, student_id)
    SELECT lower(substr(v.value, 1, n.value)), NEW.last_name, NEW.first_name, NEW.id
    FROM (SELECT NEW.last_name AS value UNION ALL SELECT NEW.first_name
          UNION ALL SELECT NEW.student_number UNION ALL SELECT NEW.email) AS v,
         (SELECT 1 AS value UNION ALL SELECT 2 UNION ALL SELECT 3) AS n
    WHERE length(v.value) >= n.value;
END;
CREATE TRIGGER student_search_update
AFTER UPDATE OF last_name, first_name, student_number, email, deleted, archived ON student
BEGIN
    DELETE FROM student_search
    WHERE (term, last_name, first_name, student_id) IN (
        SELECT lower(substr(v.value, 1, n.value)), OLD.last_name, OLD.first_name, OLD.id
        FROM (SELECT OLD.last_name AS value UNION ALL SELECT OLD.first_name
              UNION ALL SELECT OLD.student_number UNION ALL SELECT OLD.email) AS v,
             (SELECT 1 AS value UNION ALL SELECT 2 UNION ALL SELECT 3) AS n);
    INSERT OR IGNORE INTO student_search (term, last_name, first_name, student_id)
    SELECT lower(substr(v.value, 1, n.value)), NEW.last_name, NEW.first_name, NEW.id
    FROM (SELECT NEW.last_name AS value UNION ALL SELECT NEW.first_name
          UNION ALL SELECT NEW.student_number UNION ALL SELECT NEW.email) AS v,
         (SELECT 1 AS value UNION ALL SELECT 2 UNION ALL SELECT 3) AS n
    WHERE NEW.deleted = 0 AND NEW.archived = 0 AND length(v.value) >= n.value;
END;
CREATE INDEX student_by_batch ON student (batch, last_name, first_name, id) WHERE deleted = 0;
CREATE INDEX student_by_program ON student (program, last_name, first_name, id) WHERE deleted = 0;
CREATE INDEX student_by_status ON student (status, last_name, first_name, id) WHERE deleted = 0;
CREATE UNIQUE INDEX student_photo_key ON student_photo (student_id) WHERE deleted = 0;
CREATE UNIQUE INDEX attendance_session_key ON attendance_session (course_id, session_date, starts_at)
    WHERE deleted = 0;
CREATE TRIGGER attendance_mark_no_update BEFORE UPDATE ON attendance_mark
WHEN NEW.id IS NOT OLD.id OR NEW.session_id IS NOT OLD.session_id
  OR NEW.student_id IS NOT OLD.student_id OR NEW.status IS NOT OLD.status
  OR NEW.source IS NOT OLD.source OR NEW.confidence IS NOT OLD.confidence
  OR NEW.model IS NOT OLD.model OR NEW.marked_by IS NOT OLD.marked_by
  OR NEW.marked_at IS NOT OLD.marked_at OR NEW.note IS NOT OLD.note
  OR NEW.reason IS NOT OLD.reason
  OR NEW.updated_at IS NOT OLD.updated_at OR NEW.updated_by IS NOT OLD.updated_by
  OR NEW.deleted IS NOT OLD.deleted
BEGIN
    SELECT RAISE(ABORT, 'attendance marks are append-only');
END;
CREATE UNIQUE INDEX assessment_category_key ON assessment_category (course_id, name COLLATE NOCASE)
    WHERE deleted = 0;
CREATE UNIQUE INDEX result_publication_key ON result_publication (course_id) WHERE deleted = 0;
CREATE UNIQUE INDEX fee_structure_key
    ON fee_structure (semester_id, program, description COLLATE NOCASE) WHERE deleted = 0;
CREATE UNIQUE INDEX fee_invoice_of_structure ON fee_invoice (fee_structure_id, student_id)
    WHERE deleted = 0 AND fee_structure_id IS NOT NULL;
CREATE INDEX fee_invoice_by_semester ON fee_invoice (semester_id, student_id) WHERE deleted = 0;
CREATE INDEX face_template_by_student ON face_template (student_id);
CREATE INDEX face_template_by_model ON face_template (model, student_id);
COMMIT;
