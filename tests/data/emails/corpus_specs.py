# ruff: noqa: E501
"""The development corpus: rejection emails written for this project."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage


def E(company, role, date, contact_name, contact_email, feedback, kind):  # noqa: N802
    return {
        "company": company, "role": role, "date": date, "contact_name": contact_name,
        "contact_email": contact_email, "feedback": feedback, "kind": kind,
    }


def _inner_civil_service() -> EmailMessage:
    inner = EmailMessage(policy=policy.SMTP)
    inner["From"] = "Civil Service Jobs <noreply@csjobs.service.gov.uk>"
    inner["To"] = "olu.adebayo@outlook.com"
    inner["Subject"] = "Outcome of your application: Policy Adviser - 284513"
    inner["Date"] = "Tue, 17 Nov 2026 15:42:10 +0000"
    inner["Message-ID"] = "<cs-284513-7781@csjobs.service.gov.uk>"
    inner.set_content(
        "Dear Olu Adebayo,\n\n"
        + CS_FEEDBACK
        + "\n\nYours sincerely,\n\nDepartment for Transport Recruitment Team\n\n"
        "This is an automated message, please do not reply to this email.\n"
    )
    return inner


CS_FEEDBACK = (
    "Thank you for applying for the role of Policy Adviser (vacancy reference 284513) at the "
    "Department for Transport.\n\n"
    "We have now completed the sift. Unfortunately your application was not successful on this "
    "occasion. The panel scored your Behaviours as follows: Seeing the Big Picture 3, "
    "Communicating and Influencing 4, Working Together 3. The pass mark was 4 in every "
    "Behaviour.\n\n"
    "You may apply for other roles across the Civil Service at any time."
)

SPECS: list[dict] = [
    {
        "name": "01_greenhouse_platform_engineer",
        "headers": [
            ("From", "Northwind Labs <no-reply@us.greenhouse-mail.io>"),
            ("To", "sam.rivera@gmail.com"),
            ("Subject", "Your application to Northwind Labs"),
            ("Date", "Mon, 02 Nov 2026 18:04:11 +0000"),
            ("Message-ID", "<gh.8a1f2c@us.greenhouse-mail.io>"),
        ],
        "greeting": "Hi Sam,",
        "signoff": "Best,\nThe Northwind Labs Recruiting Team",
        "html": "<html><body><p>Hi Sam,</p><p>Thank you for your interest in Northwind Labs and for taking the time to apply for the Platform Engineer role.</p><p>We received a high volume of applications, and after careful consideration we have decided to move forward with other candidates whose experience more closely matches our needs at this time.</p><p>We will keep your information on file and encourage you to apply for future openings.</p><p>Best,<br>The Northwind Labs Recruiting Team</p></body></html>",
        "expect": E(
            "Northwind Labs", "Platform Engineer", "2026-11-02", None, None,
            "Thank you for your interest in Northwind Labs and for taking the time to apply for the Platform Engineer role.\n\n"
            "We received a high volume of applications, and after careful consideration we have decided to move forward with other candidates whose experience more closely matches our needs at this time.\n\n"
            "We will keep your information on file and encourage you to apply for future openings.",
            "form",
        ),
    },
    {
        "name": "02_lever_product_designer",
        "headers": [
            ("From", "Harbor & Pine Studio <no-reply@hire.lever.co>"),
            ("Reply-To", "Maya Lindqvist <maya@harborandpine.com>"),
            ("To", "jo.bennett@fastmail.com"),
            ("Subject", "Senior Product Designer at Harbor & Pine Studio"),
            ("Date", "Wed, 04 Nov 2026 09:15:00 -0500"),
            ("Message-ID", "<lever-3391-22@hire.lever.co>"),
        ],
        "greeting": "Hi Jo,",
        "signoff": "Thanks,\nMaya\n\nSent via Lever",
        "expect": E(
            "Harbor & Pine Studio", "Senior Product Designer", "2026-11-04", "Maya Lindqvist", "maya@harborandpine.com",
            "Thanks so much for applying to the Senior Product Designer position at Harbor & Pine Studio. We've reviewed your portfolio and, while there is a lot to like, we've decided not to move forward at this time.\n\n"
            "We're looking for someone with more hands-on experience running research for native mobile apps.\n\n"
            "We appreciate your interest in Harbor & Pine Studio and wish you the best of luck in your job search.",
            "form",
        ),
    },
    {
        "name": "03_workday_store_manager_html_qp",
        "headers": [
            ("From", "Brightmart Careers <brightmart@myworkday.com>"),
            ("To", "dwayne.k@yahoo.com"),
            ("Subject", "Update on your application: Store Manager (R-10457)"),
            ("Date", "Thu, 05 Nov 2026 22:31:45 -0600"),
            ("Message-ID", "<WD.1604.R10457@myworkday.com>"),
        ],
        "html_only": True,
        "cte": "quoted-printable",
        "html": """<!DOCTYPE html><html><head><style>p{font-family:Arial;color:#333}</style></head>
<body><table width="600" align="center"><tr><td>
<img src="https://brightmart.example/logo.png" alt="Brightmart">
<p>Dear Dwayne,</p>
<p>Thank you for applying for the Store Manager position (R-10457) at our Eastgate Plaza location.</p>
<p>After careful review, we have decided to pursue other candidates whose qualifications more closely align with the needs of this role.</p>
<p>We appreciate the time you invested in your application and encourage you to visit our careers site for future opportunities that match your skills.</p>
<p>Sincerely,<br>Brightmart Talent Acquisition</p>
<p style="font-size:10px">This is an automated message. Please do not reply to this email. &copy; 2026 Brightmart Stores, Inc.</p>
</td></tr></table></body></html>""",
        "expect": E(
            "Brightmart", "Store Manager", "2026-11-05", None, None,
            "Thank you for applying for the Store Manager position (R-10457) at our Eastgate Plaza location.\n\n"
            "After careful review, we have decided to pursue other candidates whose qualifications more closely align with the needs of this role.\n\n"
            "We appreciate the time you invested in your application and encourage you to visit our careers site for future opportunities that match your skills.",
            "form",
        ),
    },
    {
        "name": "04_ashby_financial_analyst",
        "headers": [
            ("From", "Ledgerly <no-reply@ashbyhq.com>"),
            ("To", "priyanka.n@gmail.com"),
            ("Subject", "Thank you for your interest in Ledgerly"),
            ("Date", "Fri, 06 Nov 2026 16:20:03 +0000"),
            ("Message-ID", "<ashby-0f9e77@ashbyhq.com>"),
        ],
        "greeting": "Hi Priyanka,",
        "signoff": "Warm regards,\nLedgerly Talent Team",
        "expect": E(
            "Ledgerly", "Senior Financial Analyst", "2026-11-06", None, None,
            "Thank you for applying for the Senior Financial Analyst role. We truly appreciate the time you took to get to know us.\n\n"
            "We received many strong applications and, unfortunately, we won't be moving forward with yours. Due to the volume of applications we are unable to provide individual feedback.\n\n"
            "We wish you every success in your job search.",
            "form",
        ),
    },
    {
        "name": "05_smartrecruiters_front_office_base64",
        "headers": [
            ("From", "Grand Meridian Hotels <noreply@smartrecruiters.com>"),
            ("To", "ellie.watts@btinternet.com"),
            ("Subject", "Your application for Front Office Supervisor"),
            ("Date", "Mon, 09 Nov 2026 11:02:44 +0000"),
            ("Message-ID", "<sr-5512.2291@smartrecruiters.com>"),
        ],
        "cte": "base64",
        "greeting": "Dear Ellie,",
        "signoff": "Kind regards,\n\nPeople & Culture Team\nGrand Meridian Hotels\n\nPowered by SmartRecruiters",
        "expect": E(
            "Grand Meridian Hotels", "Front Office Supervisor", "2026-11-09", None, None,
            "Thank you for your recent application for the position of Front Office Supervisor at The Grand Meridian, Bath.\n\n"
            "We have reviewed your application carefully and regret to inform you that you have not been shortlisted for interview on this occasion. We received a large number of applications from very well-qualified candidates.\n\n"
            "With your permission, we will keep your details on file for six months and may contact you should a suitable vacancy arise.",
            "form",
        ),
    },
    {
        "name": "06_icims_registered_nurse",
        "headers": [
            ("From", "Saint Brigid Health System <careers@saintbrigid.icims.com>"),
            ("To", "marisol.vega@icloud.com"),
            ("Subject", "Your application for Registered Nurse - Cardiac ICU, Job ID 2026-48812"),
            ("Date", "Tue, 10 Nov 2026 07:45:19 -0500"),
            ("Message-ID", "<icims.48812.99102@saintbrigid.icims.com>"),
        ],
        "greeting": "Dear Marisol,",
        "signoff": "Sincerely,\n\nTalent Acquisition\nSaint Brigid Health System\n\nPlease do not reply to this message. This mailbox is not monitored.",
        "expect": E(
            "Saint Brigid Health System", "Registered Nurse - Cardiac ICU", "2026-11-10", None, None,
            "Thank you for your interest in the Registered Nurse - Cardiac ICU position (Job ID 2026-48812) at Saint Brigid Health System.\n\n"
            "After careful consideration, we have decided to move forward with other candidates for this position. We encourage you to continue to review our open positions and apply for future opportunities for which you are qualified.\n\n"
            "We wish you the best in your career.",
            "form",
        ),
    },
    {
        "name": "07_teamtailor_dutch_architect",
        "headers": [
            ("From", "Groenwerk Architecten <noreply@teamtailor-mail.com>"),
            ("To", "ruben.jansen@ziggo.nl"),
            ("Subject", "Je sollicitatie bij Groenwerk Architecten"),
            ("Date", "Wed, 11 Nov 2026 13:30:00 +0100"),
            ("Message-ID", "<tt-77f1b2@teamtailor-mail.com>"),
        ],
        "greeting": "Hoi Ruben,",
        "signoff": "Met vriendelijke groet,\n\nTeam Groenwerk Architecten",
        "expect": E(
            "Groenwerk Architecten", "Junior Architect", "2026-11-11", None, None,
            "Bedankt voor je sollicitatie op de vacature Junior Architect en de tijd die je erin hebt gestoken.\n\n"
            "We hebben een groot aantal sollicitaties ontvangen. Na zorgvuldige overweging hebben we besloten om verder te gaan met andere kandidaten, van wie de ervaring beter aansluit bij wat we nu zoeken.\n\n"
            "We wensen je veel succes met je zoektocht.",
            "form",
        ),
    },
    {
        "name": "08_workable_marketing_coordinator",
        "headers": [
            ("From", "Fernleaf Coffee Roasters <noreply@candidates.workablemail.com>"),
            ("To", "tessa.moore@gmail.com"),
            ("Subject", "Marketing Coordinator - Fernleaf Coffee Roasters - application update"),
            ("Date", "Thu, 12 Nov 2026 15:11:27 -0800"),
            ("Message-ID", "<workable.a81c77e@candidates.workablemail.com>"),
        ],
        "greeting": "Hi Tessa,",
        "signoff": "Cheers,\nThe Fernleaf team",
        "expect": E(
            "Fernleaf Coffee Roasters", "Marketing Coordinator", "2026-11-12", None, None,
            "Thanks for applying to be our Marketing Coordinator. We loved reading about your farmers' market pop-ups!\n\n"
            "This was a really tough one to call, but we've decided to go with a candidate whose background in wholesale marketing more closely matches what we need right now.\n\n"
            "We'd love for you to keep an eye on our careers page.",
            "form",
        ),
    },
    {
        "name": "09_gmail_reply_class_teacher",
        "headers": [
            ("From", "Helen Marsh <h.marsh@hillsideprimary.sch.uk>"),
            ("To", "Priya Shah <priya.shah@gmail.com>"),
            ("Subject", "Re: Year 4 Class Teacher - thank you"),
            ("Date", "Tue, 10 Nov 2026 16:48:02 +0000"),
            ("Message-ID", "<CAHm4rsh0001@mail.gmail.com>"),
            ("In-Reply-To", "<CAPs0001@mail.gmail.com>"),
        ],
        "greeting": "Dear Priya,",
        "signoff": "With best wishes,\n\nHelen Marsh\nHeadteacher\nHillside Primary School\n01632 960 412",
        "quoted": "On Mon, 9 Nov 2026 at 16:02, Priya Shah <priya.shah@gmail.com> wrote:\n> Dear Mrs Marsh,\n>\n> Thank you so much for the opportunity to teach at Hillside today. I really\n> enjoyed meeting the children.\n>\n> Best wishes,\n> Priya",
        "expect": E(
            "Hillside Primary School", "Year 4 Class Teacher", "2026-11-10", "Helen Marsh", "h.marsh@hillsideprimary.sch.uk",
            "Thank you for your message, and for the care you put into yesterday's lesson. I'm sorry to let you know that we have offered the post to another candidate.\n\n"
            "The panel enjoyed your phonics starter and the children responded warmly to you. Where you fell slightly short of the successful candidate was in the plenary: we would have liked to see more checking of what each group had understood before moving on.\n\n"
            "Please do apply to us again; I would be happy to talk it through on the phone if that would help.",
            "personal",
        ),
    },
    {
        "name": "10_outlook_reply_trainee_solicitor",
        "headers": [
            ("From", "Thomas Greaves <tgreaves@greaveswhitfield.co.uk>"),
            ("To", "\"Hannah O'Neill\" <hannah.oneill@outlook.com>"),
            ("Subject", "RE: Trainee Solicitor application - feedback"),
            ("Date", "Fri, 13 Nov 2026 10:22:51 +0000"),
            ("Message-ID", "<DB9PR01MB4455@DB9PR01MB.eurprd01.prod.outlook.com>"),
        ],
        "greeting": "Hannah,",
        "signoff": "Kind regards\n\nThomas Greaves\nPartner | Greaves Whitfield LLP\nT: 0113 496 0771\nwww.greaveswhitfield.co.uk\n\nThis email and any attachments are confidential and intended solely for the addressee.",
        "quoted": "________________________________\nFrom: Hannah O'Neill <hannah.oneill@outlook.com>\nSent: 12 November 2026 17:40\nTo: Thomas Greaves <tgreaves@greaveswhitfield.co.uk>\nSubject: Trainee Solicitor application - feedback\n\nDear Mr Greaves,\n\nI was disappointed to hear that my application for the 2027 training contract was unsuccessful. Would you be able to share any feedback?\n\nKind regards,\nHannah O'Neill",
        "expect": E(
            "Greaves Whitfield LLP", "Trainee Solicitor", "2026-11-13", "Thomas Greaves", "tgreaves@greaveswhitfield.co.uk",
            "Thank you for asking. Your written exercise was one of the strongest we saw this year. The deciding factor was the partner interview, where your answers on commercial awareness stayed quite general; the candidates we made offers to could talk about a specific deal or client and what it meant for the firm.\n\n"
            "If you reapply next year, I would encourage you to follow two or three of our clients' sectors in the news and come ready to discuss them.",
            "personal",
        ),
    },
    {
        "name": "11_applemail_reply_lecturer",
        "headers": [
            ("From", "Ana Ribeiro <a.ribeiro@eastmere.ac.uk>"),
            ("To", "Daniel Okoro <daniel.okoro@outlook.com>"),
            ("Subject", "Re: Lecturer in Environmental Chemistry"),
            ("Date", "Mon, 16 Nov 2026 09:58:30 +0000"),
            ("Message-ID", "<5A1C2E0B-77D1-4E1A-9B1C-2C4E9F0A1D11@eastmere.ac.uk>"),
        ],
        "greeting": "Dear Daniel,",
        "signoff": "Best wishes,\nAna\n\nProfessor Ana Ribeiro\nHead of School of Chemistry\nUniversity of Eastmere",
        "quoted": "> On 12 Nov 2026, at 09:41, Daniel Okoro <daniel.okoro@outlook.com> wrote:\n>\n> Dear Professor Ribeiro,\n>\n> I wondered whether there was any news following last week's interview for the\n> lectureship.\n>\n> With thanks,\n> Daniel",
        "expect": E(
            "University of Eastmere", "Lecturer in Environmental Chemistry", "2026-11-16", "Ana Ribeiro", "a.ribeiro@eastmere.ac.uk",
            "Thank you for your patience, and apologies for the slow reply. I'm afraid the committee has decided to offer the lectureship to another candidate.\n\n"
            "Your research talk was very well received. The committee felt your teaching statement was less developed than your research plans, and the successful candidate had already led a second-year module. Getting some teaching responsibility, even a few seminars, would strengthen future applications considerably.",
            "personal",
        ),
    },
    {
        "name": "12_signature_graduate_civil_engineer",
        "headers": [
            ("From", "Marcus Bell <marcus.bell@kestrelcivil.com>"),
            ("To", "aisha.rahman@gmail.com"),
            ("Subject", "Graduate Civil Engineer - interview outcome"),
            ("Date", "Wed, 18 Nov 2026 14:05:12 +0000"),
            ("Message-ID", "<f31b@kestrelcivil.com>"),
        ],
        "greeting": "Hi Aisha,",
        "signoff": "-- \nMarcus Bell CEng MICE\nPrincipal Engineer | Kestrel Civil Engineering Ltd\nM: 07700 900 318",
        "expect": E(
            "Kestrel Civil Engineering Ltd", "Graduate Civil Engineer", "2026-11-18", "Marcus Bell", "marcus.bell@kestrelcivil.com",
            "Thanks again for coming in on Thursday. I'm sorry to say we won't be offering you the graduate role this time.\n\n"
            "You did well on the drainage design question, but in the technical interview you weren't confident with the Eurocode load combinations, and that is something our graduates use from week one. A short course or some self-study on EN 1990 would make a real difference.\n\n"
            "We take on graduates every September, so do apply again next year.",
            "personal",
        ),
    },
    {
        "name": "13_iphone_assistant_store_manager",
        "headers": [
            ("From", "Jess Carter <jess.carter@oakandfern.co.uk>"),
            ("To", "liam.doyle88@hotmail.co.uk"),
            ("Subject", "Assistant manager role"),
            ("Date", "Sat, 21 Nov 2026 19:12:40 +0000"),
            ("Message-ID", "<B7E9C1A2@oakandfern.co.uk>"),
        ],
        "greeting": "Hi Liam",
        "signoff": "Jess\n\nSent from my iPhone",
        "expect": E(
            "Oak & Fern", "Assistant Manager", "2026-11-21", "Jess Carter", "jess.carter@oakandfern.co.uk",
            "Just wanted to let you know personally that we've gone with someone else for the Assistant Manager role at Oak & Fern. It was really close. She just had more experience with stock control and rotas than you at this point.\n\n"
            "I'd love to keep you in mind for the Christmas supervisor cover though, if you're up for it? Give me a call.",
            "personal",
        ),
    },
    {
        "name": "14_html_only_credit_risk_analyst",
        "headers": [
            ("From", "Talent Acquisition <talent@harrowgatebank.com>"),
            ("To", "m.osei@gmail.com"),
            ("Subject", "Your application - Credit Risk Analyst (Ref: HB-2291)"),
            ("Date", "Mon, 23 Nov 2026 08:00:00 +0000"),
            ("Message-ID", "<20261123080000.HB2291@harrowgatebank.com>"),
        ],
        "html_only": True,
        "html": """<html><head><meta charset="utf-8"><title>Harrowgate Bank</title>
<style type="text/css">.footer{color:#999}</style></head><body>
<div class="container"><div class="header"><img src="cid:logo" alt=""></div>
<div class="content">
<p>Dear Michael,</p>
<p>Thank you for your application to Harrowgate Bank for the role of Credit Risk Analyst.</p>
<p>We have now reviewed all applications against the requirements of the role. On this occasion, we will not be progressing your application further.</p>
<p>We&#8217;d like to thank you for the interest you&rsquo;ve shown in Harrowgate Bank and wish you every success in your job search.</p>
<p>Kind regards,</p>
<p><strong>Harrowgate Bank Talent Acquisition</strong></p>
</div>
<div class="footer"><p>Harrowgate Bank plc is authorised by the Prudential Regulation Authority. Registered in England No. 01234567.</p></div>
</div></body></html>""",
        "expect": E(
            "Harrowgate Bank", "Credit Risk Analyst", "2026-11-23", None, None,
            "Thank you for your application to Harrowgate Bank for the role of Credit Risk Analyst.\n\n"
            "We have now reviewed all applications against the requirements of the role. On this occasion, we will not be progressing your application further.\n\n"
            "We\u2019d like to thank you for the interest you\u2019ve shown in Harrowgate Bank and wish you every success in your job search.",
            "form",
        ),
    },
    {
        "name": "15_forwarded_inline_staff_nurse",
        "headers": [
            ("From", "Chloe Adams <chloe.adams@gmail.com>"),
            ("To", "Chloe Adams <chloe.adams@gmail.com>"),
            ("Subject", "Fwd: Your application - Staff Nurse, Ward 7"),
            ("Date", "Wed, 25 Nov 2026 21:40:02 +0000"),
            ("Message-ID", "<CAChl0e-fwd-01@mail.gmail.com>"),
        ],
        "body": "saving this for the journal\n\n---------- Forwarded message ---------\nFrom: Recruitment Team <recruitment@eastfield.nhs.uk>\nDate: Tue, 24 Nov 2026 at 14:17\nSubject: Your application - Staff Nurse, Ward 7\nTo: <chloe.adams@gmail.com>\n\n\nDear Chloe\n\n"
        + "Thank you for attending the interview for the post of Staff Nurse, Ward 7 (Band 5) at Eastfield Hospitals NHS Foundation Trust.\n\nI am sorry to inform you that on this occasion you have not been successful. The panel would be happy to offer feedback on your interview; please contact the ward manager to arrange a time.\n\nThank you for your interest in working for the Trust."
        + "\n\nKind regards\n\nRecruitment Team\nEastfield Hospitals NHS Foundation Trust\n",
        "expect": E(
            "Eastfield Hospitals NHS Foundation Trust", "Staff Nurse, Ward 7", "2026-11-24", None, None,
            "Thank you for attending the interview for the post of Staff Nurse, Ward 7 (Band 5) at Eastfield Hospitals NHS Foundation Trust.\n\n"
            "I am sorry to inform you that on this occasion you have not been successful. The panel would be happy to offer feedback on your interview; please contact the ward manager to arrange a time.\n\n"
            "Thank you for your interest in working for the Trust.",
            "form",
        ),
    },
    {
        "name": "16_forwarded_apple_junior_ux",
        "headers": [
            ("From", "Noor Haddad <noor.h@me.com>"),
            ("To", "noor.h@me.com"),
            ("Subject", "Fwd: Junior UX Designer"),
            ("Date", "Thu, 26 Nov 2026 08:14:55 +0000"),
            ("Message-ID", "<9D2F11AA-0C3B-4B6E-8A0E-7E7A1C0D5C01@me.com>"),
        ],
        "body": "\n\nBegin forwarded message:\n\nFrom: Leo Brandt <leo@paperkite.studio>\nSubject: Junior UX Designer\nDate: 25 November 2026 at 17:32:08 GMT\nTo: Noor Haddad <noor.h@me.com>\n\nHi Noor,\n\n"
        + "Thanks for the time you gave us on the design challenge. We've decided to offer the Junior UX Designer role to someone else at Paper Kite.\n\nYour visual work was lovely. What held you back was the research side: in the challenge you jumped to screens before talking to anyone, and we'd have liked to hear how you'd test your assumptions.\n\nI hope this is useful, and please stay in touch."
        + "\n\nBest,\nLeo\n\n--\nLeo Brandt\nDesign Lead, Paper Kite\n",
        "expect": E(
            "Paper Kite", "Junior UX Designer", "2026-11-25", "Leo Brandt", "leo@paperkite.studio",
            "Thanks for the time you gave us on the design challenge. We've decided to offer the Junior UX Designer role to someone else at Paper Kite.\n\n"
            "Your visual work was lovely. What held you back was the research side: in the challenge you jumped to screens before talking to anyone, and we'd have liked to hear how you'd test your assumptions.\n\n"
            "I hope this is useful, and please stay in touch.",
            "personal",
        ),
    },
    {
        "name": "17_forwarded_attachment_policy_adviser",
        "headers": [
            ("From", "Olu Adebayo <olu.adebayo@outlook.com>"),
            ("To", "olu.adebayo@outlook.com"),
            ("Subject", "FW: Outcome of your application: Policy Adviser - 284513"),
            ("Date", "Wed, 18 Nov 2026 07:30:00 +0000"),
            ("Message-ID", "<AM0PR-olu-fw-01@outlook.com>"),
        ],
        "body": "For the rejection log.\n",
        "attach_message": _inner_civil_service(),
        "expect": E(
            "Department for Transport", "Policy Adviser", "2026-11-17", None, None,
            CS_FEEDBACK, "form",
        ),
    },
    {
        "name": "18_agency_financial_controller",
        "headers": [
            ("From", "Rachel Dunn <rachel.dunn@sterlingsearch.co.uk>"),
            ("To", "gareth.price@gmail.com"),
            ("Subject", "Financial Controller - feedback from Whitmore Capital"),
            ("Date", "Thu, 19 Nov 2026 12:44:09 +0000"),
            ("Message-ID", "<rd.2026.1119@sterlingsearch.co.uk>"),
        ],
        "greeting": "Hi Gareth,",
        "signoff": "Speak soon,\nRachel\n\nRachel Dunn\nSenior Consultant, Finance & Accounting\nSterling Search Partners\n020 7946 0321",
        "expect": E(
            "Whitmore Capital", "Financial Controller", "2026-11-19", "Rachel Dunn", "rachel.dunn@sterlingsearch.co.uk",
            "I've just come off the phone with my client, Whitmore Capital, about the Financial Controller role. I'm afraid they've decided to go with another candidate.\n\n"
            "They liked you a lot and said your month-end process answers were excellent. The deciding factor was group consolidation: the other candidate had run multi-entity consolidations under IFRS, and they felt you'd need time to get up to speed.\n\n"
            "I have two other roles that I think fit you better. Are you free for a call tomorrow?",
            "personal",
        ),
    },
    {
        "name": "19_agency_quality_engineer_us",
        "headers": [
            ("From", "Kevin Morales | Apex Talent Partners <kevin@apextalentpartners.com>"),
            ("To", "brianna.l.foster@gmail.com"),
            ("Subject", "Re: Quality Engineer opportunity"),
            ("Date", "Fri, 20 Nov 2026 17:05:33 -0500"),
            ("Message-ID", "<kmorales-112026@apextalentpartners.com>"),
        ],
        "greeting": "Hey Brianna,",
        "signoff": "Best,\nKevin Morales\nTechnical Recruiter\nApex Talent Partners | (555) 301-7782",
        "expect": E(
            "Riverbend Manufacturing", "Quality Engineer", "2026-11-20", "Kevin Morales", "kevin@apextalentpartners.com",
            "Heard back from our client Riverbend Manufacturing on the Quality Engineer position. Unfortunately they're going to pass.\n\n"
            "The hiring manager said you interviewed well but they really need someone who has owned PPAP submissions for an automotive customer, and that came up a few times in the panel.\n\n"
            "Don't be discouraged, I'm going to keep sending you over for roles that are a better match.",
            "personal",
        ),
    },
    {
        "name": "20_german_latin1_qp_elektroniker",
        "headers": [
            ("From", "Stadtwerke Lindenau GmbH <bewerbung@stadtwerke-lindenau.de>"),
            ("To", "jonas.becker@gmx.de"),
            ("Subject", "Ihre Bewerbung als Elektroniker für Betriebstechnik"),
            ("Date", "Mon, 23 Nov 2026 10:15:00 +0100"),
            ("Message-ID", "<sw-lindenau-2026-4471@stadtwerke-lindenau.de>"),
        ],
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "greeting": "Sehr geehrter Herr Becker,",
        "signoff": "Mit freundlichen Grüßen\n\nIhr Personalteam\nStadtwerke Lindenau GmbH\nAm Wasserturm 3, 04229 Lindenau",
        "expect": E(
            "Stadtwerke Lindenau GmbH", "Elektroniker für Betriebstechnik", "2026-11-23", None, None,
            "vielen Dank für Ihre Bewerbung als Elektroniker für Betriebstechnik und das damit verbundene Interesse an unserem Unternehmen.\n\n"
            "Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerber entschieden haben, deren Profil unseren Anforderungen noch besser entspricht.\n\n"
            "Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.",
            "form",
        ),
    },
    {
        "name": "21_german_gmail_reply_physiotherapeutin",
        "headers": [
            ("From", "Katrin Vogel <k.vogel@physio-am-see.de>"),
            ("To", "Lena Brandt <lena.brandt@web.de>"),
            ("Subject", "Re: Hospitation und Stelle als Physiotherapeutin"),
            ("Date", "Tue, 24 Nov 2026 18:20:41 +0100"),
            ("Message-ID", "<CAKv0gel-77@mail.gmail.com>"),
        ],
        "greeting": "Liebe Frau Brandt,",
        "signoff": "Herzliche Grüße\nKatrin Vogel\n\nPhysiotherapie am See\nSeestraße 12, 82319 Starnberg",
        "quoted": "Am Mo., 23. Nov. 2026 um 09:12 Uhr schrieb Lena Brandt <lena.brandt@web.de>:\n\n> Liebe Frau Vogel,\n> vielen Dank nochmals für die Hospitation am Freitag.\n> Viele Grüße\n> Lena Brandt",
        "expect": E(
            "Physiotherapie am See", "Physiotherapeutin", "2026-11-24", "Katrin Vogel", "k.vogel@physio-am-see.de",
            "danke für Ihre nette Nachricht. Leider haben wir uns für eine Kollegin entschieden, die bereits die Zertifizierung in Manueller Therapie hat; das war für uns am Ende ausschlaggebend.\n\n"
            "Ihre Befundung bei der Hospitation war sehr gründlich und die Patientin hat sich bei Ihnen gut aufgehoben gefühlt. Wenn Sie die MT-Weiterbildung abgeschlossen haben, melden Sie sich gern wieder bei uns.",
            "personal",
        ),
    },
    {
        "name": "22_french_cp1252_chef_de_rang",
        "headers": [
            ("From", "Maison Delorme - Recrutement <recrutement@maisondelorme.fr>"),
            ("To", "camille.roux@orange.fr"),
            ("Subject", "Votre candidature – Chef de rang"),
            ("Date", "Wed, 25 Nov 2026 11:40:00 +0100"),
            ("Message-ID", "<md-rh-1125-08@maisondelorme.fr>"),
        ],
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "greeting": "Bonjour Camille,",
        "signoff": "Cordialement,\n\nLe service Recrutement\nMaison Delorme – Brasserie & Traiteur",
        "expect": E(
            "Maison Delorme", "Chef de rang", "2026-11-25", None, None,
            "Nous vous remercions pour l’intérêt que vous portez à Maison Delorme et pour votre candidature au poste de Chef de rang.\n\n"
            "Après examen attentif de votre dossier, nous sommes au regret de ne pas pouvoir donner une suite favorable à votre candidature. Nous avons reçu un nombre important de candidatures pour ce poste.\n\n"
            "Nous vous souhaitons bonne continuation dans vos recherches.",
            "form",
        ),
    },
    {
        "name": "23_french_outlook_reply_juriste",
        "headers": [
            ("From", "Julien Moreau <j.moreau@moreau-avocats.fr>"),
            ("To", "Inès Benali <ines.benali@laposte.net>"),
            ("Subject", "RE: Entretien – poste de juriste en droit social"),
            ("Date", "Thu, 26 Nov 2026 17:55:10 +0100"),
            ("Message-ID", "<PR1P264MB-jm-1126@moreau-avocats.fr>"),
        ],
        "greeting": "Chère Inès,",
        "signoff": "Bien à vous,\n\nJulien Moreau\nAvocat associé\nMoreau Avocats\n12 rue de la Paix, 75002 Paris",
        "quoted": "De : Inès Benali <ines.benali@laposte.net>\nEnvoyé : lundi 23 novembre 2026 09:30\nÀ : Julien Moreau <j.moreau@moreau-avocats.fr>\nObjet : Entretien – poste de juriste en droit social\n\nMaître,\n\nJe me permets de revenir vers vous suite à notre entretien de mardi dernier.\n\nBien cordialement,\nInès Benali",
        "expect": E(
            "Moreau Avocats", "juriste en droit social", "2026-11-26", "Julien Moreau", "j.moreau@moreau-avocats.fr",
            "Merci pour votre relance. Après réflexion, nous avons retenu une candidate qui a déjà plaidé seule devant le conseil de prud’hommes, ce qui était pour nous un point essentiel.\n\n"
            "Votre entretien était très convaincant sur le fond, notamment sur la rupture conventionnelle. Je vous encourage à chercher un poste où vous pourrez prendre en charge vos propres dossiers contentieux ; vous serez alors une candidate très solide.",
            "personal",
        ),
    },
    {
        "name": "24_spanish_base64_recepcionista",
        "headers": [
            ("From", "Grupo Alameda <empleo@grupoalameda.es>"),
            ("To", "lucia.fernandez@gmail.com"),
            ("Subject", "Su candidatura para el puesto de Recepcionista"),
            ("Date", "Fri, 27 Nov 2026 09:05:00 +0100"),
            ("Message-ID", "<alameda-rrhh-55120@grupoalameda.es>"),
        ],
        "cte": "base64",
        "greeting": "Estimada Lucía:",
        "signoff": "Atentamente,\n\nDepartamento de Recursos Humanos\nGrupo Alameda Hoteles",
        "expect": E(
            "Grupo Alameda", "Recepcionista", "2026-11-27", None, None,
            "Le agradecemos sinceramente su interés en formar parte de Grupo Alameda y el tiempo dedicado a su candidatura para el puesto de Recepcionista en nuestro hotel de Sevilla.\n\n"
            "Tras una cuidadosa consideración, hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a las necesidades actuales del puesto.\n\n"
            "Conservaremos su CV en nuestra base de datos para futuras vacantes. Le deseamos mucha suerte en su búsqueda.",
            "form",
        ),
    },
    {
        "name": "25_dutch_gmail_reply_beleidsmedewerker",
        "headers": [
            ("From", "Sanne de Vries <s.devries@waalstad.nl>"),
            ("To", "Daan Visser <daan.visser@kpnmail.nl>"),
            ("Subject", "Re: Gesprek vacature Beleidsmedewerker Wonen"),
            ("Date", "Mon, 30 Nov 2026 15:12:00 +0100"),
            ("Message-ID", "<CADv-sdv-1130@mail.gmail.com>"),
        ],
        "greeting": "Beste Daan,",
        "signoff": "Met vriendelijke groet,\n\nSanne de Vries\nTeamleider Wonen\nGemeente Waalstad",
        "quoted": "Op vr 27 nov 2026 om 11:03 schreef Daan Visser <daan.visser@kpnmail.nl>:\n\n> Beste Sanne,\n>\n> Bedankt voor het prettige gesprek van gisteren.\n>\n> Groet,\n> Daan",
        "expect": E(
            "Gemeente Waalstad", "Beleidsmedewerker Wonen", "2026-11-30", "Sanne de Vries", "s.devries@waalstad.nl",
            "Dank voor je bericht en nogmaals voor het gesprek. Helaas hebben we besloten om met een andere kandidaat verder te gaan.\n\n"
            "De commissie vond je analyse van de woningbouwopgave sterk. Wat de doorslag gaf, was ervaring met bestuurlijke advisering: de andere kandidaat schreef al jaren collegevoorstellen. Als je daar ervaring in opdoet, ben je van harte welkom om opnieuw te solliciteren.",
            "personal",
        ),
    },
    {
        "name": "26_no_subject_barista",
        "headers": [
            ("From", "Tom Hughes <tom@thecopperkettle.co.uk>"),
            ("To", "aisha.k.patel@gmail.com"),
            ("Date", "Sun, 29 Nov 2026 20:41:00 +0000"),
            ("Message-ID", "<tomh-1129@thecopperkettle.co.uk>"),
        ],
        "greeting": "Hi Aisha,",
        "signoff": "Cheers,\nTom\nThe Copper Kettle",
        "expect": E(
            "The Copper Kettle", "Barista", "2026-11-29", "Tom Hughes", "tom@thecopperkettle.co.uk",
            "thanks for coming in for the trial shift on Saturday. Sorry to be the bearer of bad news but we've decided to give the barista job to someone who can do weekday mornings, which is when we're really stretched.\n\n"
            "Your latte art was better than mine, honestly. If your hours change, let me know.",
            "personal",
        ),
    },
    {
        "name": "27_rfc2047_pharmacy_technician",
        "headers": [
            ("From", "Zoë Müller <zoe.muller@apothecare.co.uk>"),
            ("To", "ravi.menon@outlook.com"),
            ("Subject", "Pharmacy Technician – your interview on Tuesday ✔"),
            ("Date", "Tue, 01 Dec 2026 13:27:45 +0000"),
            ("Message-ID", "<zm-1201-apc@apothecare.co.uk>"),
        ],
        "greeting": "Dear Ravi,",
        "signoff": "Kind regards,\nZoë\n\nZoë Müller\nPharmacy Manager, Apothecare Pharmacy",
        "expect": E(
            "Apothecare Pharmacy", "Pharmacy Technician", "2026-12-01", "Zoë Müller", "zoe.muller@apothecare.co.uk",
            "Thank you for coming in on Tuesday to interview for the Pharmacy Technician position. I'm sorry to tell you that we have offered the job to another applicant.\n\n"
            "You clearly know your dispensing procedures well. The other candidate had already completed the accuracy checking qualification, which made the difference for us as a small team.",
            "personal",
        ),
    },
    {
        "name": "28_bamboohr_volunteer_coordinator",
        "headers": [
            ("From", "Riverside Food Bank <notifications@app.bamboohr.com>"),
            ("Reply-To", "Dana Whitfield <dwhitfield@riversidefoodbank.org>"),
            ("To", "carlos.m.reyes@gmail.com"),
            ("Subject", "Volunteer Coordinator position at Riverside Food Bank"),
            ("Date", "Wed, 25 Nov 2026 10:00:12 -0600"),
            ("Message-ID", "<bhr-rfb-00981@app.bamboohr.com>"),
        ],
        "greeting": "Hello Carlos,",
        "signoff": "Sincerely,\nDana Whitfield\nOperations Director",
        "expect": E(
            "Riverside Food Bank", "Volunteer Coordinator", "2026-11-25", "Dana Whitfield", "dwhitfield@riversidefoodbank.org",
            "Thank you for your interest in the Volunteer Coordinator position at Riverside Food Bank. We were grateful to receive so many applications from people who care about our neighbors.\n\n"
            "After careful consideration, we have decided to move forward with other candidates at this time. We will keep your resume on file, and we hope you'll consider volunteering with us.",
            "form",
        ),
    },
    {
        "name": "29_personio_backend_developer",
        "headers": [
            ("From", "Kiezkraft GmbH <noreply@personio.de>"),
            ("To", "mehmet.yilmaz@posteo.de"),
            ("Subject", "Your application as Backend Developer (m/w/d)"),
            ("Date", "Mon, 16 Nov 2026 12:00:00 +0100"),
            ("Message-ID", "<personio-kk-2211@personio.de>"),
        ],
        "greeting": "Hi Mehmet,",
        "signoff": "Best regards,\nYour Kiezkraft People Team",
        "expect": E(
            "Kiezkraft GmbH", "Backend Developer", "2026-11-16", None, None,
            "thank you for your application as Backend Developer (m/w/d) at Kiezkraft.\n\n"
            "We have carefully reviewed your application. Unfortunately, we have decided to move forward with other candidates whose profiles more closely match the requirements of the position.\n\n"
            "We would be happy to keep your profile in our talent pool for future openings.",
            "form",
        ),
    },
    {
        "name": "30_taleo_cabin_crew",
        "headers": [
            ("From", "Skyward Airways <skyward@taleo.net>"),
            ("To", "jasmine.okafor@yahoo.com"),
            ("Subject", "Skyward Airways - Flight Attendant (Req #44190) - Application Status"),
            ("Date", "Thu, 19 Nov 2026 04:12:09 +0000"),
            ("Message-ID", "<taleo.44190.881@taleo.net>"),
        ],
        "greeting": "Dear Jasmine Okafor,",
        "signoff": "Regards,\n\nSkyward Airways Talent Acquisition\n\n***This is an automatically generated email, please do not reply.***",
        "expect": E(
            "Skyward Airways", "Flight Attendant", "2026-11-19", None, None,
            "Thank you for your interest in the Flight Attendant position with Skyward Airways.\n\n"
            "We regret to inform you that we will not be moving forward with your candidacy at this time. Due to the high volume of applications we receive, we are unable to provide feedback on individual applications.\n\n"
            "We encourage you to apply for future positions for which you meet the minimum qualifications.",
            "form",
        ),
    },
    {
        "name": "31_successfactors_signalling_engineer",
        "headers": [
            ("From", "\"Meridian Rail Recruitment\" <donotreply@successfactors.eu>"),
            ("To", "t.nakamura@gmail.com"),
            ("Subject", "Signalling Design Engineer, Req ID: 48213"),
            ("Date", "Fri, 27 Nov 2026 16:33:20 +0000"),
            ("Message-ID", "<sf.48213.20261127@successfactors.eu>"),
        ],
        "greeting": "Dear Takeshi,",
        "signoff": "Kind regards,\nMeridian Rail Recruitment",
        "expect": E(
            "Meridian Rail", "Signalling Design Engineer", "2026-11-27", None, None,
            "Thank you for your application for the Signalling Design Engineer role, and for completing the online assessment.\n\n"
            "Unfortunately your assessment score did not meet the threshold required to progress to the next stage, so we will not be taking your application further on this occasion.\n\n"
            "Please feel free to apply for other vacancies with Meridian Rail in the future.",
            "form",
        ),
    },
    {
        "name": "32_outlook_mobile_sous_chef",
        "headers": [
            ("From", "Andrea Costa <andrea@lanternaristorante.co.uk>"),
            ("To", "Ben Whitaker <ben.whitaker@gmail.com>"),
            ("Subject", "RE: Sous Chef trial"),
            ("Date", "Mon, 30 Nov 2026 23:48:12 +0000"),
            ("Message-ID", "<VI1PR02-ac-1130@lanternaristorante.co.uk>"),
        ],
        "greeting": "Ben",
        "signoff": "Get Outlook for iOS",
        "quoted": "________________________________\nFrom: Ben Whitaker <ben.whitaker@gmail.com>\nSent: Sunday, November 29, 2026 10:02:11 AM\nTo: Andrea Costa <andrea@lanternaristorante.co.uk>\nSubject: Sous Chef trial\n\nHi Andrea, thanks for having me in on Friday night. Let me know if you need anything else.\nBen",
        "expect": E(
            "Lanterna Ristorante", "Sous Chef", "2026-11-30", "Andrea Costa", "andrea@lanternaristorante.co.uk",
            "Sorry for the late reply, service has been mad. We've decided to go with another chef for the sous role. Your pasta was spot on but you got buried on the pass when the 8 o'clock rush hit, and I need someone who can run the kitchen when I'm not there.\n\n"
            "Come back in a year or so, I mean it.",
            "personal",
        ),
    },
    {
        "name": "33_tes_teacher_of_mathematics",
        "headers": [
            ("From", "Northgate Academy Trust via Tes <noreply@tes.com>"),
            ("To", "r.kowalski@gmail.com"),
            ("Subject", "Application update: Teacher of Mathematics"),
            ("Date", "Tue, 17 Nov 2026 16:00:00 +0000"),
            ("Message-ID", "<tes-apply-99321@tes.com>"),
        ],
        "greeting": "Dear Robert,",
        "signoff": "Yours sincerely,\n\nHR Department\nNorthgate Academy Trust",
        "expect": E(
            "Northgate Academy Trust", "Teacher of Mathematics", "2026-11-17", None, None,
            "Thank you for your application for the post of Teacher of Mathematics at Northgate Academy.\n\n"
            "Shortlisting has now taken place and I regret to inform you that you have not been shortlisted for interview on this occasion. We received a very high number of applications.\n\n"
            "We wish you every success in your future career.",
            "form",
        ),
    },
    {
        "name": "34_thunderbird_reply_paralegal",
        "headers": [
            ("From", "Denise Park <dpark@parklowell.com>"),
            ("To", "Jordan Lee <jordan.lee@protonmail.com>"),
            ("Subject", "Re: Paralegal position"),
            ("Date", "Wed, 11 Nov 2026 14:31:07 -0800"),
            ("Message-ID", "<7f1a2b3c-dpark@parklowell.com>"),
        ],
        "greeting": "Hi Jordan,",
        "signoff": "Regards,\nDenise\n\nDenise Park\nOffice Manager\nPark & Lowell, Attorneys at Law",
        "quoted": "On 11/10/26 2:14 PM, Jordan Lee wrote:\n> Hi Denise,\n>\n> I just wanted to follow up on my interview last Monday for the paralegal\n> position. I'm still very interested.\n>\n> Thanks,\n> Jordan",
        "expect": E(
            "Park & Lowell", "Paralegal", "2026-11-11", "Denise Park", "dpark@parklowell.com",
            "Thanks for following up, and I apologize for the delay. The attorneys decided to hire a candidate with more experience in e-discovery platforms, which is a big part of our litigation support.\n\n"
            "You made a great impression on the team, and if you pick up Relativity training we'd be glad to hear from you again.",
            "personal",
        ),
    },
    {
        "name": "35_greenhouse_recruiter_content_strategist",
        "headers": [
            ("From", "Sofia Alvarez at Quillfeather <no-reply@us.greenhouse-mail.io>"),
            ("Reply-To", "sofia.alvarez@quillfeather.com"),
            ("To", "nate.graham@gmail.com"),
            ("Subject", "Following up on your final round"),
            ("Date", "Tue, 01 Dec 2026 21:14:22 +0000"),
            ("Message-ID", "<gh.quill.6612@us.greenhouse-mail.io>"),
        ],
        "greeting": "Hi Nate,",
        "signoff": "All the best,\nSofia",
        "expect": E(
            "Quillfeather", "Content Strategist", "2026-12-01", "Sofia Alvarez", "sofia.alvarez@quillfeather.com",
            "I wanted to reach out personally after your final round for the Content Strategist role. The team really enjoyed your presentation, but we've decided to move ahead with a candidate who has more experience leading SEO strategy for B2B products.\n\n"
            "This was a close call, and I'd be happy to jump on a call if you'd like more detailed feedback.",
            "personal",
        ),
    },
]
