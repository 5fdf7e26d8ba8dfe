import { describe, expect, it } from 'vitest';
import { decideEventType, typeMapFrom } from '../../server/ingest/vocabulary';

const none = new Map<string, string>();
const typeFor = (kind: string | undefined, typeText: string, description = '') =>
  decideEventType({ typeText, description, outcome: null, agencyKind: kind }, none).code;

describe("the agency's kind decides what its words mean", () => {
  it('a children\'s services front door records a "Contact" or a bare referral as received', () => {
    expect(typeFor('children-services', 'Contact - health visitor')).toBe('referral.received');
    expect(
      typeFor(
        'children-services',
        'Contact',
        'Anonymous call from a neighbour about children left home alone at night.',
      ),
    ).toBe('referral.received');
    expect(typeFor('children-services', 'Referral')).toBe('referral.received');
    expect(typeFor('children-services', 'PPN')).toBe('referral.received');
    // Where it went, or that it was sent, keeps it a referral sent.
    expect(typeFor('children-services', 'Referral to CAMHS')).toBe('referral.sent');
    expect(typeFor('children-services', 'Referral sent')).toBe('referral.sent');
    // Others send referrals.
    expect(typeFor('health', 'Referral')).toBe('referral.sent');
    expect(typeFor('health', 'Contact - health visitor')).not.toBe('referral.received');
  });

  it('a children\'s services "Contact" whose description says what happened is that', () => {
    expect(
      typeFor('children-services', 'Contact', 'Home visit: mother and baby seen together.'),
    ).toBe('contact.home-visit');
  });

  it('a reviewer\'s map for "Contact" comes before what the kind makes of it', () => {
    const map = typeMapFrom({ Contact: 'contact.phone' });
    const decided = decideEventType(
      { typeText: 'Contact', description: 'Spoke to dad.', agencyKind: 'children-services' },
      map,
    );
    expect(decided.code).toBe('contact.phone');
  });

  it('IDVA and refuge services receive referrals', () => {
    expect(typeFor('voluntary', 'New referral (police)')).toBe('referral.received');
    expect(typeFor('voluntary', 'Referral')).toBe('referral.received');
    expect(typeFor('voluntary', 'Referral to MARAC')).toBe('marac.referral');
  });

  it("a police DIR is the force's own incident record; the DIN is what it sends", () => {
    expect(typeFor('police', 'DIR - verbal argument')).toBe('incident.domestic');
    expect(typeFor('police', 'DIN sent to MASH')).toBe('referral.sent');
    expect(typeFor('children-services', 'DIR')).toBe('referral.received');
  });

  it('a school category names the worry it records', () => {
    expect(typeFor('education', 'Safeguarding - home life')).toBe('concern');
    expect(typeFor('education', 'Disclosure', 'Pupil said dad hit her.')).toBe('concern');
    expect(typeFor('police', 'Clares Law disclosure')).toBe('disclosure');
  });

  it('a school records harm that happened elsewhere as its concern; an injury seen stays', () => {
    expect(typeFor('education', 'Domestic violence', 'Child said mum and dad were fighting.')).toBe(
      'concern',
    );
    expect(typeFor('education', 'Welfare; Missing from home')).toBe('concern');
    expect(typeFor('police', 'Domestic violence')).toBe('incident.domestic');
    expect(typeFor('education', 'Injury seen')).toBe('incident.injury');
  });

  it('a housing complaint is a tenancy matter, not a police incident', () => {
    expect(typeFor('housing', 'Complaint received', 'Neighbour at no. 9 reports loud music.')).toBe(
      'housing',
    );
    expect(typeFor('housing', 'Anti-social behaviour')).toBe('housing');
    expect(typeFor('police', 'Anti-social behaviour')).toBe('incident.police');
  });

  it('a safeguarding or vulnerable adult form is the referral its sender made', () => {
    expect(typeFor('police', 'Vulnerable Adult Form', 'Form submitted to ASC.')).toBe(
      'referral.sent',
    );
    expect(
      typeFor('health', 'ED safeguarding form', 'Form to trust safeguarding team and HV.'),
    ).toBe('referral.sent');
    // Received: the front door's referral, adult services' concern raised with them.
    expect(typeFor('children-services', 'Safeguarding form')).toBe('referral.received');
    expect(typeFor('adult-services', 'Vulnerable Adult Form')).toBe('adult.concern');
  });

  it('a housing provider opening an anti-social behaviour case is doing housing work', () => {
    expect(typeFor('housing', 'ASB case opened – noise')).toBe('housing');
    expect(typeFor('children-services', 'Case opened')).toBe('case.open');
  });

  it('Welsh: a front door’s "Cyswllt" or "Atgyfeiriad" is the referral received', () => {
    expect(typeFor('children-services', 'Cyswllt')).toBe('referral.received');
    expect(typeFor('children-services', 'Atgyfeiriad')).toBe('referral.received');
    expect(typeFor('health', 'Atgyfeiriad')).toBe('referral.sent');
    expect(typeFor('adult-services', 'Adroddiad oedolyn mewn perygl')).toBe('adult.concern');
  });

  it('a police missing episode is the police attendance', () => {
    expect(typeFor('police', 'Missing episode (low risk)')).toBe('incident.police');
  });

  it('adult services hold no child protection conference', () => {
    expect(typeFor('adult-services', 'Case conference')).toBe('meeting.planning');
    expect(typeFor('adult-services', 'Concern raised by carer')).toBe('adult.concern');
    expect(typeFor('children-services', 'Case conference')).toBe('meeting.conference');
  });

  it('a health assessment is complete when recorded; a social work one starts', () => {
    expect(typeFor('health', 'Paediatric assessment')).toBe('assessment.complete');
    expect(typeFor('health', 'Autism assessment started')).toBe('assessment.start');
    expect(typeFor('children-services', 'Child and family assessment')).toBe('assessment.start');
  });

  it('to an ambulance service or a hospital "CPR" is resuscitation, not the register', () => {
    const bystander = 'Unresponsive baby, bystander CPR given by father';
    // Resuscitation under way is the event under review, where the cell says little.
    expect(typeFor('ambulance', 'Cat 1', bystander)).toBe('critical');
    expect(typeFor('health', 'Contact', bystander)).toBe('critical');
    expect(typeFor('ambulance', 'Cat 1', 'CPR commenced by crew, conveyed to ED.')).toBe(
      'critical',
    );
    // A word about CPR that says none was done is not.
    expect(typeFor('health', 'Contact', 'Discussed CPR training with parents')).not.toBe(
      'critical',
    );
    // Children's services (Wales keeps a register) still place children on the CPR.
    expect(typeFor('children-services', 'Placed on CPR')).toBe('register.add');
    expect(typeFor(undefined, 'Placed on CPR')).toBe('register.add');
    // Written out, the register is the register to anyone.
    expect(typeFor('health', 'Placed on child protection register')).toBe('register.add');
  });

  it('an ambulance record is an emergency response whatever the chief complaint', () => {
    expect(typeFor('ambulance', 'Chest pain')).toBe('health.emergency');
    expect(typeFor('ambulance', 'Referral to adult social care')).toBe('referral.sent');
    expect(typeFor('health', 'Chest pain')).toBe('other');
  });
});

describe('what happened decides the code, not the form of contact', () => {
  it('a face to face or telephone cell defers to a description of what happened', () => {
    expect(typeFor('health', 'Face to face', 'Toddler seen with a burn to the forearm.')).toBe(
      'incident.injury',
    );
    expect(typeFor('voluntary', 'Phone call', 'IDVA call to client, risk discussed.')).toBe(
      'idva.contact',
    );
    expect(typeFor('health', 'Clinic', 'Baby was not brought to the appointment.')).toBe(
      'contact.not-brought',
    );
    // A description that only adds detail leaves the form of contact.
    expect(typeFor('health', 'Telephone', 'Discussed feeding and sleep.')).toBe('contact.phone');
  });

  it('a message cell is a form of contact too: an email that is a referral received is that', () => {
    expect(
      typeFor('voluntary', 'Email - incoming', 'Referral received from the police DA unit.'),
    ).toBe('referral.received');
    expect(typeFor('health', 'Letter', 'Referral from GP: low mood since the birth.')).toBe(
      'referral.received',
    );
    // A message that only adds detail stays a message; one with no reply was still sent.
    expect(typeFor('voluntary', 'Text', 'Text to client to check in, no reply.')).toBe(
      'contact.message',
    );
    expect(typeFor('voluntary', 'Email - outgoing', 'Sent the client the refuge list.')).toBe(
      'contact.message',
    );
  });

  it('outside the police, "attended" says the person came: the description says what happened', () => {
    expect(typeFor('health', 'Attended', 'Home visit by the CPN, mood low.')).toBe(
      'contact.home-visit',
    );
    expect(typeFor('health', 'Outpatient attendance')).toBe('contact.office');
    expect(typeFor('adult-services', 'Attended', '')).toBe('contact.office');
    expect(typeFor('police', 'Attendance', 'Officers attended the address.')).toBe(
      'incident.police',
    );
  });

  it('an injury seen at a contact is the injury; abuse talked about is not an incident', () => {
    expect(
      typeFor(
        'health',
        'Face to face',
        'Fresh bruising seen on both upper arms; mother vague about the cause.',
      ),
    ).toBe('incident.injury');
    expect(
      typeFor('voluntary', 'Face to face', 'Met at the library. Safety planning with client.'),
    ).toBe('idva.contact');
    expect(
      typeFor(
        'probation',
        'Office appointment',
        'Supervision session. Spoke about the domestic abuse by her ex-partner.',
      ),
    ).toBe('contact.office');
  });

  it('a visit whose description says nobody answered is a failed visit', () => {
    expect(typeFor('children-services', 'Home visit', 'No reply at the flat; letter left.')).toBe(
      'contact.no-access',
    );
    // Or right after a first sentence that only says where the visit went.
    expect(
      typeFor(
        'children-services',
        'Visit record',
        'Visit to the grandparents. No reply, card left.',
      ),
    ).toBe('contact.no-access');
    expect(
      typeFor(
        'children-services',
        'Visit record',
        'Visit to the flat. Not seen alone, mother present.',
      ),
    ).toBe('contact.home-visit');
    // A "DNA" that was a home visit nobody answered is a failed visit, not a missed appointment.
    expect(typeFor('health', 'DNA - no contact', 'Home visit, no reply at the door.')).toBe(
      'contact.no-access',
    );
    expect(typeFor('health', 'DNA', 'No reply when phoned to rebook.')).toBe('contact.not-brought');
    // Said later, a missed appointment or a person not seen is reported, not this contact.
    expect(
      typeFor('children-services', 'Home visit', 'Baby seen asleep in cot. Partner not seen.'),
    ).toBe('contact.home-visit');
    expect(
      typeFor('children-services', 'Telephone', 'Mum rang for advice. Says she missed the GP.'),
    ).toBe('contact.phone');
    // Other things in the description do not turn a visit round.
    expect(
      typeFor('children-services', 'Home visit', 'Concerns raised about the state of the home.'),
    ).toBe('contact.home-visit');
  });

  it('a visit named with nobody answering in one sentence is a failed visit, wherever it stands', () => {
    // A school's welfare tracker and an EWO's log say why they went first: "Absent 3 days, no
    // call. Home visit: no answer."
    expect(
      typeFor(
        'education',
        'Attendance – Home visit',
        'Jayden absent 3 days, no call. Home visit: no answer, curtains closed.',
      ),
    ).toBe('contact.no-access');
    expect(
      typeFor(
        'children-services',
        'Home visit',
        'Third CIN visit this month. Home visit at 4pm, no reply.',
      ),
    ).toBe('contact.no-access');
    // Not a failed visit before the visit named, nor someone not seen at it.
    expect(
      typeFor(
        'children-services',
        'Home visit',
        'Kai well. No answer by phone, so home visit made: Kai seen.',
      ),
    ).toBe('contact.home-visit');
    expect(
      typeFor('children-services', 'Home visit', 'Kai well. Home visit: father not seen.'),
    ).toBe('contact.home-visit');
  });

  it('an attempted or unsuccessful visit is a failed visit', () => {
    expect(typeFor(undefined, 'Attempted visit (unannounced)')).toBe('contact.no-access');
    expect(typeFor(undefined, 'Unsuccessful visit to the family home')).toBe('contact.no-access');
  });
});

describe('an injury seen at a face-to-face contact is the injury', () => {
  const basisFor = (typeText: string, description: string) =>
    decideEventType({ typeText, description, agencyKind: 'health' }, none).basis;

  it('an injury word with a seeing or presenting word in one clause, in any sentence', () => {
    expect(
      typeFor(
        'health',
        'Face to face',
        'Anxiety, tearful, low mood discussed at length. Bruising to forearms seen.\nSaid he has a temper.',
      ),
    ).toBe('incident.injury');
    expect(
      typeFor(
        'health',
        'Surgery consultation',
        'Child (16 weeks, not rolling) brought by father with bruise on forehead.',
      ),
    ).toBe('incident.injury');
    expect(
      typeFor(
        'education',
        'Parent meeting',
        'Came in at our request. Says the boiler is broken. Mum had bruising on wrist.',
      ),
    ).toBe('incident.injury');
    expect(
      typeFor(
        'children-services',
        'Home visit',
        'Mother and baby seen. Noted a small burn on hand.',
      ),
    ).toBe('incident.injury');
    expect(basisFor('Face to face', 'Reviewed medication. Marks to neck seen by GP.')).toEqual({
      from: 'description',
      words: ['Marks', 'to', 'neck', 'seen'],
    });
  });

  it('at a consultation, an examination finding needs no seeing word; at a home visit it does', () => {
    expect(
      typeFor(
        'health',
        'Surgery',
        'F/U forearm. Fading bruising L forearm and upper arm. Pt says fall.',
      ),
    ).toBe('incident.injury');
    expect(basisFor('Surgery', 'Low mood. 1.5cm purple bruise L pinna.')).toEqual({
      from: 'description',
      words: ['1.5cm', 'purple', 'bruise'],
    });
    expect(typeFor('health', 'Surgery', 'Bruising discussed; mum says he is clumsy.')).toBe(
      'contact.office',
    );
    expect(typeFor('children-services', 'Home visit', 'Mum well. Bruise to forehead.')).toBe(
      'contact.home-visit',
    );
  });

  it('an injury talked about, denied, earlier, or beside someone seen is not', () => {
    // The comma ends the clause: the child was seen, the bruise is what he had.
    expect(
      typeFor(
        'children-services',
        'Home visit',
        'Kai seen, bruise to forehead, mother says he fell.',
      ),
    ).toBe('contact.home-visit');
    expect(
      typeFor(
        'children-services',
        'Home visit',
        'Follow-up visit after bruise seen on Monday, now fading.',
      ),
    ).toBe('contact.home-visit');
    expect(
      typeFor(
        'health',
        'Face to face',
        'Routine review of the asthma plan. No marks or bruising seen.',
      ),
    ).toBe('contact.office');
    expect(
      typeFor(
        'health',
        'Face to face',
        'Discussed the referral re bruising made by the school last month.',
      ),
    ).toBe('contact.office');
    expect(
      typeFor(
        'health',
        'Face to face',
        'Marked improvement noted in sleep and mood since last review.',
      ),
    ).toBe('contact.office');
    // A telephone call sees nothing: an injury told over the phone is not seen.
    expect(
      typeFor(
        'health',
        'Telephone',
        'Mother rang, says the toddler has bruising on his legs, advised to attend.',
      ),
    ).toBe('contact.phone');
  });
});

describe("a service's own contact: an IDVA's call or meeting with the victim", () => {
  // An IDVA service's case log types each contact by how it was made (SafeLives Insights,
  // Lamplight, Modus: "Contact Method"); the contact is the IDVA's with the victim, which the
  // MARAC referral → IDVA contact rule looks for.
  const at = (agencyName: string, typeText: string, description = '', agencyKind = 'voluntary') =>
    decideEventType({ typeText, description, outcome: null, agencyKind, agencyName }, none).code;
  const idva = 'Northshire Domestic Abuse Service (IDVA)';

  it('a call or a face-to-face contact is the IDVA contact, whatever was talked about', () => {
    expect(at(idva, 'Telephone', 'Client says ex has been driving past the house.')).toBe(
      'idva.contact',
    );
    expect(at(idva, 'Tel – outbound', 'First call. Safe to talk. Discussed the texts.')).toBe(
      'idva.contact',
    );
    expect(at('Brayford Women’s Aid (IDVA service)', 'Face to Face', 'Met at the café.')).toBe(
      'idva.contact',
    );
    expect(at('Marlshire Domestic Abuse Service', 'F2F')).toBe('idva.contact');
    // The kind does not say it: a hospital's IDVA team is an IDVA service too.
    expect(
      at('Eastmere Hospital IDVA team', 'Telephone call', 'Safety plan agreed.', 'health'),
    ).toBe('idva.contact');
  });

  it('only where the name says the agency is the service', () => {
    // A refuge's support worker, a helpline, a GP: a call is a call.
    expect(at('Westvale Women’s Aid', 'Phone support', 'Client says ex is texting.')).toBe(
      'contact.phone',
    );
    expect(at('Phrases voluntary', 'Telephone', 'Client says ex is texting.')).toBe(
      'contact.phone',
    );
    expect(at('Eastmere Surgery', 'Telephone', 'Patient says partner shouts.', 'health')).toBe(
      'contact.phone',
    );
  });

  it('a message, a visit, or a cell that names more than the form stays what it says', () => {
    expect(at(idva, 'Text', 'Checking in, call me when safe.')).toBe('contact.message');
    expect(at(idva, 'Home visit', 'Saw client at home.')).toBe('contact.home-visit');
    expect(at(idva, 'Telephone call to police', 'Asked for an update on bail.')).not.toBe(
      'idva.contact',
    );
  });

  it('what the description says was done with another agency, or instead, is that', () => {
    expect(at(idva, 'Email – inbound', 'Referral received from police PPD.')).toBe(
      'referral.received',
    );
    // A call that names a referral may only have talked about one: it stays the call.
    expect(at(idva, 'Telephone', 'Referral to MARAC discussed with police.')).toBe('contact.phone');
    expect(at(idva, 'Telephone', 'Three calls, no answer.')).toBe('contact.no-access');
    expect(at(idva, 'F2F – police station', 'DASH RIC repeated with client.')).toBe(
      'risk.assessment',
    );
  });
});

describe('an injury seen decides over the worry it raised, or the category it is filed under', () => {
  it('at a face-to-face contact, an injury seen there is the injury, not the worry it raised', () => {
    // "bruise noticed" is also a concern's words; the baby was brought with the bruise.
    expect(
      typeFor(
        'health',
        'Surgery',
        '10 wk old brought by mum with bruise to L ear, noticed this morning. Not rolling yet.',
      ),
    ).toBe('incident.injury');
    expect(
      typeFor('health', 'Surgery', 'Mum worried about baby, bruise noticed at bath time.'),
    ).toBe('concern');
  });

  it('a worry or category of harm whose description says an injury was seen', () => {
    expect(
      typeFor(
        'education',
        'Physical abuse',
        'PE teacher saw finger-mark bruising to upper L arm when changing.',
      ),
    ).toBe('incident.injury');
    expect(
      typeFor('education', 'Safeguarding concern', 'Mark on neck seen by TA; body map completed.'),
    ).toBe('incident.injury');
    expect(typeFor('education', 'Physical abuse', 'Pupil said dad hit her.')).toBe('concern');
  });

  it('not an injury another agency may have reported, nor an adult’s concern', () => {
    // A presenting word is not enough where nobody is said to have been face to face.
    expect(
      typeFor(
        'health',
        'SG concern',
        'Child (2) attended with burn to hand, delay in presentation.',
      ),
    ).toBe('concern');
    expect(
      typeFor('adult-services', 'Safeguarding concern', 'Bruising seen on both arms by carer.'),
    ).toBe('adult.concern');
  });

  it('an injury word naming a place of care is the place', () => {
    expect(
      typeFor('health', 'Outpatient', 'Seen in fracture clinic with father, cast removed'),
    ).toBe('contact.office');
  });
});
