// Healthcare and nursing; education and social services; hospitality, food service, retail and travel.
// Authored for this project.
export default String.raw`
# canonical | category | aliases | related

# ---- Healthcare and nursing: clinical practice ----
Nursing | hard_skill | Nursing Care, Professional Nursing | Patient Care, Registered Nurse, Patient Assessment
Patient Care | hard_skill | Direct Patient Care, Bedside Care | Nursing, Patient Assessment, Vital Signs
Patient Assessment | hard_skill | Nursing Assessment, Physical Assessment, Health Assessment | Vital Signs, Care Planning, Triage
Patient Education | hard_skill | Patient Teaching, Patient and Family Education | Discharge Planning, Health Education
Vital Signs | hard_skill | Vitals | Patient Assessment, Pulse Oximetry, Patient Care
Medication Administration | hard_skill | Med Pass, Medication Pass, eMAR, Electronic Medication Administration Record | Pharmacology, Medication Reconciliation, IV Therapy
IV Therapy | hard_skill | Intravenous Therapy, IV Insertion, IV Starts | Infusion Pumps, Medication Administration, Phlebotomy
Wound Care | hard_skill | Wound Management, Wound Dressing, Wound Assessment | Pressure Injury Prevention, Ostomy Care, Wound Care Certified
Phlebotomy | hard_skill | Venipuncture, Blood Draws | Specimen Collection, Certified Phlebotomy Technician, Laboratory Testing
Triage | hard_skill | Patient Triage, Telephone Triage | Emergency Nursing, Patient Assessment, Emergency Severity Index
Emergency Severity Index | hard_skill | =ESI | Triage, Emergency Nursing
Care Planning | hard_skill | Nursing Care Plans, Plan of Care | Patient Assessment, Care Coordination, Discharge Planning
Discharge Planning | hard_skill | Transitions of Care, Care Transitions | Case Management, Care Coordination, Patient Education
Infection Control | hard_skill | Infection Prevention, Infection Prevention and Control, Isolation Precautions | Sterile Technique, Patient Safety, Epidemiology
Critical Care | hard_skill | Critical Care Nursing | Intensive Care, CCRN, Ventilator Management
Intensive Care | hard_skill | =ICU, Intensive Care Unit, ICU Nursing | Critical Care, CCRN, Ventilator Management
Emergency Nursing | hard_skill | =ER, ER Nursing, Emergency Department, Emergency Room | Triage, Trauma Care, Certified Emergency Nurse, Trauma Nursing Core Course
Trauma Care | hard_skill | Trauma Nursing | Emergency Nursing, Trauma Nursing Core Course, Critical Care
Perioperative Nursing | hard_skill | Operating Room, Operating Room Nursing, Perioperative Care, Surgical Nursing, Periop | Surgical Assisting, Sterile Technique, CNOR, Post-Anesthesia Care
Post-Anesthesia Care | hard_skill | =PACU, Post-Anesthesia Care Unit, Recovery Room | Perioperative Nursing, Anesthesia
Medical-Surgical Nursing | hard_skill | Med-Surg | Nursing, Telemetry Nursing, Certified Medical-Surgical Registered Nurse
Acute Care | hard_skill | Acute Care Nursing | Critical Care, Medical-Surgical Nursing, Hospitals
Ambulatory Care | hard_skill | Outpatient Care, Outpatient Nursing | Medical Assisting, Telehealth
Pediatrics | hard_skill | Pediatric Nursing, Paediatrics, Pediatric Care | Neonatal Care, Pediatric Advanced Life Support, Certified Pediatric Nurse
Neonatal Care | hard_skill | =NICU, Neonatal Intensive Care, Neonatal Nursing | Pediatrics, Neonatal Resuscitation Program, Labor and Delivery
Geriatrics | hard_skill | Gerontology, Geriatric Care, Elder Care, Eldercare | Long-Term Care, Dementia Care, Activities of Daily Living
Dementia Care | hard_skill | Memory Care, Alzheimer's Care | Geriatrics, Long-Term Care
Oncology | hard_skill | Oncology Nursing, Cancer Care, Chemotherapy Administration | Hospice and Palliative Care, Oncology Certified Nurse
Cardiology | hard_skill | Cardiac Care, Cardiac Nursing, Cardiovascular Nursing | Telemetry Nursing, EKG, Cardiac Catheterization
Cardiac Catheterization | hard_skill | Cath Lab, Cardiac Cath | Cardiology, EKG
Telemetry Nursing | hard_skill | Telemetry Unit, Cardiac Monitoring | EKG, Cardiology, Progressive Care Certified Nurse
Labor and Delivery | hard_skill | Labor & Delivery, Intrapartum Care | Obstetrics, Postpartum Care, Neonatal Care
Obstetrics | hard_skill | =OB/GYN, Obstetrics and Gynecology, OB Nursing | Labor and Delivery, Postpartum Care, Certified Nurse Midwife
Postpartum Care | hard_skill | Mother-Baby, Postpartum Nursing | Labor and Delivery, Obstetrics, Neonatal Care
Psychiatric Nursing | hard_skill | Mental Health Nursing, Psych Nursing | Behavioral Health, Crisis Intervention, De-escalation
Home Health | hard_skill | Home Health Care, Home Healthcare, Home Care | Hospice and Palliative Care, Home Health Aide, Caregiving
Hospice and Palliative Care | hard_skill | Hospice Care, Palliative Care, End-of-Life Care | Home Health, Pain Management, Certified Hospice and Palliative Nurse
Dialysis | hard_skill | Hemodialysis, Peritoneal Dialysis, Nephrology Nursing | Nursing, Patient Care
Orthopedics | hard_skill | Orthopaedics, Orthopedic Nursing | Physical Therapy, Perioperative Nursing
Neurology | hard_skill | Neuroscience Nursing, Neuro Nursing, Stroke Care | Patient Assessment, Rehabilitation Nursing
Rehabilitation Nursing | hard_skill | Rehab Nursing | Physical Therapy, Occupational Therapy, Long-Term Care
Case Management | hard_skill | | Care Coordination, Utilization Review, Discharge Planning, Social Work
Care Coordination | hard_skill | Patient Care Coordination, Care Navigation, Patient Navigation | Case Management, Discharge Planning, Population Health
Utilization Review | hard_skill | Utilization Management | Case Management, Prior Authorization, Certified Case Manager
Patient Advocacy | hard_skill | | Patient Care, Case Management, Advocacy
Pain Management | hard_skill | | Hospice and Palliative Care, Medication Administration
Fall Prevention | hard_skill | Fall Risk Assessment | Patient Safety, Geriatrics
Pressure Injury Prevention | hard_skill | Pressure Ulcer Prevention | Wound Care, Patient Safety
Patient Safety | hard_skill | | Infection Control, Fall Prevention, Healthcare Quality Improvement
Healthcare Quality Improvement | hard_skill | Clinical Quality Improvement, Healthcare Quality | Patient Safety, Evidence-Based Practice, Certified Professional in Healthcare Quality
Evidence-Based Practice | hard_skill | =EBP, Evidence-Based Medicine | Healthcare Quality Improvement, Nursing
Suicide Risk Assessment | hard_skill | Suicide Prevention | Crisis Intervention, Behavioral Health
De-escalation | hard_skill | De-escalation Techniques, Verbal De-escalation | Crisis Intervention, Nonviolent Crisis Intervention, Behavior Management
Patient Transfers | hard_skill | Patient Mobility, Safe Patient Handling | Hoyer Lift, Activities of Daily Living
Caregiving | hard_skill | | Personal Care, Activities of Daily Living, Home Health
Personal Care | hard_skill | Personal Care Assistance, Personal Hygiene Assistance | Activities of Daily Living, Caregiving
Activities of Daily Living | hard_skill | =ADLs, ADL Assistance | Personal Care, Caregiving, Occupational Therapy
Catheterization | hard_skill | Urinary Catheterization, Foley Catheter Insertion | Nursing, Sterile Technique
Ostomy Care | hard_skill | | Wound Care, Wound Care Certified
Tracheostomy Care | hard_skill | Trach Care | Airway Management, Respiratory Therapy
Airway Management | hard_skill | Intubation | Ventilator Management, Anesthesia, Emergency Medical Services
Ventilator Management | hard_skill | Mechanical Ventilation, Ventilator Care | Respiratory Therapy, Critical Care, Airway Management
Pulse Oximetry | hard_skill | | Vital Signs, Respiratory Therapy
EKG | hard_skill | ECG, Electrocardiography, Electrocardiogram, 12-Lead EKG, 12-Lead ECG | Telemetry Nursing, Cardiology, Certified EKG Technician
Blood Glucose Monitoring | hard_skill | Glucose Monitoring, Blood Sugar Monitoring | Diabetes Education, Glucometer, Point-of-Care Testing
Diabetes Education | hard_skill | Diabetes Management, Diabetes Self-Management Education | Blood Glucose Monitoring, CDCES, Nutrition and Dietetics
Chronic Disease Management | hard_skill | Chronic Care Management, Chronic Condition Management | Care Coordination, Diabetes Education, Population Health
Immunization | hard_skill | Vaccine Administration, Vaccinations | Medication Administration, Public Health
Blood Transfusion | hard_skill | Transfusion Administration, Blood Administration | IV Therapy, Hematology
Sterile Technique | hard_skill | Aseptic Technique | Infection Control, Surgical Assisting, Sterile Processing
Sterile Processing | hard_skill | Instrument Sterilization, Central Sterile Processing | Sterile Technique, CRCST
Surgical Assisting | hard_skill | Surgical Technology, Scrub Technician | Perioperative Nursing, Sterile Technique
Anesthesia | hard_skill | Anesthesiology, Anaesthesia | Perioperative Nursing, Certified Registered Nurse Anesthetist, Airway Management
Emergency Medical Services | hard_skill | =EMS, Prehospital Care | Emergency Medical Technician, Paramedic, Triage
Telehealth | hard_skill | Telemedicine, Virtual Care | Electronic Health Records, Ambulatory Care
Massage Therapy | hard_skill | Therapeutic Massage | Licensed Massage Therapist, Physical Therapy

# ---- Healthcare: knowledge, therapy, diagnostics, pharmacy ----
Medical Terminology | hard_skill | | Anatomy and Physiology, Medical Coding, Medical Transcription
Anatomy and Physiology | hard_skill | Human Anatomy, Anatomy, Physiology | Medical Terminology, Pharmacology
Pharmacology | hard_skill | Clinical Pharmacology | Medication Administration, Pharmacy
Physical Therapy | hard_skill | Physiotherapy | Occupational Therapy, Rehabilitation Nursing, Licensed Physical Therapist
Occupational Therapy | hard_skill | | Physical Therapy, Occupational Therapist Registered, Activities of Daily Living
Speech-Language Pathology | hard_skill | Speech Therapy, =SLP, Speech Pathology | Occupational Therapy, CCC-SLP
Respiratory Therapy | hard_skill | Respiratory Care | Ventilator Management, Registered Respiratory Therapist, Pulse Oximetry
Radiology | hard_skill | Diagnostic Radiology | Medical Imaging, X-Ray, PACS
Medical Imaging | hard_skill | Diagnostic Imaging | Radiology, MRI, Ultrasound, Computed Tomography
X-Ray | hard_skill | Radiography | Radiology, Registered Radiologic Technologist
MRI | hard_skill | Magnetic Resonance Imaging | Medical Imaging, Computed Tomography
Computed Tomography | hard_skill | CT Scanning, CT Imaging | Medical Imaging, MRI
Ultrasound | hard_skill | Sonography, Diagnostic Medical Sonography, Ultrasonography | Medical Imaging, Echocardiography, RDMS
Echocardiography | hard_skill | Echocardiogram, Cardiac Sonography | Ultrasound, Cardiology
Mammography | hard_skill | | Medical Imaging, X-Ray
Nuclear Medicine | hard_skill | | Medical Imaging, Radiology
Laboratory Testing | hard_skill | Clinical Laboratory Testing, Lab Testing, Clinical Lab | Specimen Collection, Point-of-Care Testing, Hematology
Specimen Collection | hard_skill | Specimen Processing, Specimen Handling | Phlebotomy, Laboratory Testing
Point-of-Care Testing | hard_skill | =POCT | Laboratory Testing, Blood Glucose Monitoring
Hematology | hard_skill | | Laboratory Testing, Blood Transfusion
Urinalysis | hard_skill | | Laboratory Testing, Specimen Collection
Pharmacy | hard_skill | Pharmacy Practice, Pharmacy Operations | Medication Dispensing, Certified Pharmacy Technician, Pharmacology
Medication Dispensing | hard_skill | Prescription Dispensing, Prescription Filling, Prescription Processing | Pharmacy, Pyxis MedStation, Certified Pharmacy Technician
Pharmaceutical Compounding | hard_skill | Sterile Compounding, Non-Sterile Compounding, IV Admixture | Pharmacy, Sterile Technique
Medication Reconciliation | hard_skill | Med Rec | Medication Administration, Pharmacy, Discharge Planning
Medication Therapy Management | hard_skill | =MTM | Pharmacy, Chronic Disease Management
Dental Hygiene | hard_skill | Dental Prophylaxis, Teeth Cleaning | Dental Assisting, Registered Dental Hygienist, Dental Radiography
Dental Assisting | hard_skill | Chairside Assisting | Dental Hygiene, Dentrix, Dental Radiography
Dental Radiography | hard_skill | Dental X-Rays | Dental Hygiene, Dental Assisting
Optometry | hard_skill | Eye Care, Vision Care | Ophthalmology
Ophthalmology | hard_skill | | Optometry
Nutrition and Dietetics | hard_skill | Dietetics, Clinical Nutrition, Medical Nutrition Therapy, Nutrition Counseling | Registered Dietitian, Diabetes Education
Epidemiology | hard_skill | Disease Surveillance | Public Health, Infection Control
Community Health | hard_skill | | Public Health, Health Education, Community Outreach
Health Education | hard_skill | Health Promotion, Wellness Education | Community Health, Patient Education, CHES
Population Health | hard_skill | Population Health Management | Public Health, Chronic Disease Management, Care Coordination
Substance Abuse Counseling | hard_skill | Addiction Counseling, Substance Use Disorder Treatment, Chemical Dependency Counseling, Substance Use Counseling | Behavioral Health, Harm Reduction, Certified Alcohol and Drug Counselor
Medical Assisting | hard_skill | | Certified Medical Assistant, Vital Signs, Phlebotomy, Patient Scheduling
Clinical Research | hard_skill | Clinical Research Coordination | Clinical Trials, Good Clinical Practice, Certified Clinical Research Coordinator
Clinical Trials | hard_skill | Clinical Trial Management, Clinical Studies | Clinical Research, Good Clinical Practice, Medidata Rave
Good Clinical Practice | hard_skill | ICH GCP, ICH E6 | Clinical Trials, Clinical Research
Electronic Data Capture | hard_skill | =EDC | Medidata Rave, REDCap, Clinical Trials
Pharmacovigilance | hard_skill | Drug Safety, Adverse Event Reporting | Clinical Trials, Pharmaceuticals

# ---- Healthcare: records, coding, billing, administration ----
Medical Coding | hard_skill | Clinical Coding, Diagnosis Coding, Procedure Coding | ICD-10, CPT Coding, Certified Professional Coder
ICD-10 | hard_skill | ICD-10-CM, ICD-10-PCS, ICD Coding, ICD-9 | Medical Coding, CPT Coding, HCPCS
CPT Coding | hard_skill | Current Procedural Terminology | Medical Coding, ICD-10, HCPCS
HCPCS | hard_skill | HCPCS Level II, Healthcare Common Procedure Coding System | CPT Coding, Medical Coding
Medical Billing | hard_skill | Healthcare Billing, Medical Claims | Medical Coding, Revenue Cycle Management, Insurance Verification, Denial Management
Revenue Cycle Management | hard_skill | =RCM, Healthcare Revenue Cycle | Medical Billing, Denial Management, Charge Capture
Denial Management | hard_skill | Claims Denial Management, Claim Denials | Medical Billing, Revenue Cycle Management
Charge Capture | hard_skill | Charge Entry | Revenue Cycle Management, Medical Billing
Insurance Verification | hard_skill | Eligibility Verification, Benefits Verification | Prior Authorization, Patient Registration, Medical Billing
Prior Authorization | hard_skill | Pre-Authorization, Prior Auth, Preauthorization | Insurance Verification, Utilization Review
Patient Registration | hard_skill | Patient Intake | Insurance Verification, Patient Scheduling
Patient Scheduling | hard_skill | Medical Scheduling | Patient Registration, Medical Assisting
Medical Records | hard_skill | Medical Records Management, Health Records, Patient Records | Health Information Management, Electronic Health Records, Release of Information
Release of Information | hard_skill | | Medical Records, Health Information Management
Health Information Management | hard_skill | =HIM | Medical Records, RHIA, RHIT
Clinical Documentation | hard_skill | Nursing Documentation, Medical Documentation, Patient Charting | Electronic Health Records, Clinical Documentation Improvement
Clinical Documentation Improvement | hard_skill | =CDI, Clinical Documentation Integrity | Clinical Documentation, Medical Coding
Electronic Health Records | hard_skill | EHR, EMR, Electronic Medical Records | Epic, Cerner, Clinical Documentation
Chart Review | hard_skill | Medical Record Review, Chart Audits | Clinical Documentation, Utilization Review
Medical Transcription | hard_skill | | Medical Terminology, Medical Scribing
Medical Scribing | hard_skill | | Clinical Documentation, Electronic Health Records
Provider Credentialing | hard_skill | Medical Credentialing, Physician Credentialing | Healthcare Administration, Managed Care
Healthcare Administration | hard_skill | Health Administration, Hospital Administration, Health Services Administration, Healthcare Management | Healthcare, FACHE, Revenue Cycle Management

# ---- Healthcare: tools and equipment ----
=Epic | tool | Epic Systems, Epic EHR, EpicCare, Epic Hyperspace | Electronic Health Records, Cerner, MyChart
MyChart | tool | | Epic, Telehealth
Cerner | tool | Cerner Millennium, Cerner PowerChart, PowerChart, Oracle Health | Epic, Electronic Health Records
Meditech | tool | MEDITECH Expanse | Electronic Health Records, Cerner
Athenahealth | tool | athenaOne, athenaClinicals | Electronic Health Records, Medical Billing
eClinicalWorks | tool | =eCW | Electronic Health Records, Athenahealth
Allscripts | tool | Veradigm | Electronic Health Records
NextGen Healthcare | tool | NextGen EHR | Electronic Health Records
Practice Fusion | tool | | Electronic Health Records
Kareo | tool | Tebra | Medical Billing, Electronic Health Records
AdvancedMD | tool | | Medical Billing, Electronic Health Records
DrChrono | tool | | Electronic Health Records
PointClickCare | tool | | Long-Term Care, Electronic Health Records
MatrixCare | tool | | Long-Term Care, PointClickCare
WellSky | tool | Kinnser | Home Health, Electronic Health Records
Homecare Homebase | tool | =HCHB | Home Health, WellSky
Netsmart | tool | Netsmart myAvatar, myEvolv | Behavioral Health, Electronic Health Records
SimplePractice | tool | | TherapyNotes, Mental Health Counseling
TherapyNotes | tool | | SimplePractice, Mental Health Counseling
Dentrix | tool | | Dental Assisting, Eaglesoft, Open Dental
Eaglesoft | tool | | Dentrix, Dental Assisting
Open Dental | tool | | Dentrix
Pyxis MedStation | tool | =Pyxis, BD Pyxis | Omnicell, Medication Dispensing, Medication Administration
Omnicell | tool | | Pyxis MedStation, Medication Dispensing
Lexicomp | tool | | Pharmacology, Micromedex
Micromedex | tool | | Lexicomp, Pharmacology
Dragon Medical One | tool | Dragon Medical | Clinical Documentation, Medical Transcription
3M 360 Encompass | tool | 3M Encoder, 3M CodeFinder | Medical Coding, Clinical Documentation Improvement
Optum EncoderPro | tool | EncoderPro | Medical Coding, CPT Coding
PACS | tool | Picture Archiving and Communication System | Radiology, Medical Imaging
Medidata Rave | tool | Medidata, Rave EDC | Electronic Data Capture, Clinical Trials
REDCap | tool | | Electronic Data Capture, Clinical Research
Veeva Vault | tool | | Clinical Trials, Pharmaceuticals
Sunquest | tool | | Laboratory Testing
Infusion Pumps | tool | IV Pumps, Alaris Pump, Alaris | IV Therapy, Medication Administration
Hoyer Lift | tool | Patient Lift | Patient Transfers
AED | tool | Automated External Defibrillator, Defibrillator | CPR, Basic Life Support
Glucometer | tool | Blood Glucose Meter | Blood Glucose Monitoring

# ---- Healthcare: certifications and licences ----
Registered Nurse | certification | =RN, Registered Nurse license | Nursing, Patient Care, NCLEX
NCLEX | certification | NCLEX-RN, NCLEX-PN | Registered Nurse, Licensed Practical Nurse
Licensed Practical Nurse | certification | =LPN, =LVN, Licensed Vocational Nurse | Registered Nurse, Certified Nursing Assistant
Certified Nursing Assistant | certification | =CNA, Certified Nurse Aide, State Tested Nursing Assistant, =STNA | Patient Care, Activities of Daily Living, Home Health Aide
Home Health Aide | certification | =HHA | Home Health, Certified Nursing Assistant, Personal Care
Certified Medication Aide | certification | =QMA, Qualified Medication Aide | Medication Administration, Certified Nursing Assistant
Nurse Practitioner | certification | =NP | Family Nurse Practitioner, Advanced Practice Registered Nurse
Advanced Practice Registered Nurse | certification | =APRN | Nurse Practitioner, Certified Registered Nurse Anesthetist, Certified Nurse Midwife
Family Nurse Practitioner | certification | =FNP, =FNP-BC, =FNP-C | Nurse Practitioner
Certified Registered Nurse Anesthetist | certification | =CRNA | Anesthesia, Advanced Practice Registered Nurse
Certified Nurse Midwife | certification | =CNM | Obstetrics, Labor and Delivery
=PA-C | certification | Physician Assistant-Certified | Nurse Practitioner
Basic Life Support | certification | =BLS, BLS certification | Advanced Cardiovascular Life Support, CPR
Advanced Cardiovascular Life Support | certification | =ACLS, Advanced Cardiac Life Support | Basic Life Support, Pediatric Advanced Life Support
Pediatric Advanced Life Support | certification | =PALS | Advanced Cardiovascular Life Support, Pediatrics
Neonatal Resuscitation Program | certification | =NRP | Neonatal Care, Pediatric Advanced Life Support
Trauma Nursing Core Course | certification | =TNCC | Emergency Nursing, Trauma Care
CPR | certification | Cardiopulmonary Resuscitation, CPR/AED, CPR Certification | Basic Life Support, First Aid, AED
First Aid | certification | First Aid Certification | CPR, Basic Life Support
CCRN | certification | Critical Care Registered Nurse | Critical Care, Intensive Care
Certified Emergency Nurse | certification | =CEN | Emergency Nursing, Trauma Nursing Core Course
Progressive Care Certified Nurse | certification | =PCCN | Telemetry Nursing, CCRN
Oncology Certified Nurse | certification | =OCN | Oncology
CNOR | certification | Certified Perioperative Nurse | Perioperative Nursing
Certified Medical-Surgical Registered Nurse | certification | =CMSRN | Medical-Surgical Nursing
Certified Pediatric Nurse | certification | =CPN | Pediatrics
Certified Hospice and Palliative Nurse | certification | =CHPN | Hospice and Palliative Care
Wound Care Certified | certification | =WCC | Wound Care
Certified Case Manager | certification | =CCM | Case Management, Utilization Review
Certified Professional in Healthcare Quality | certification | =CPHQ | Healthcare Quality Improvement, Patient Safety
Certified Medical Assistant | certification | =CCMA, AAMA CMA, Certified Clinical Medical Assistant | Medical Assisting
Emergency Medical Technician | certification | =EMT, =EMT-B, EMT-Basic, =NREMT | Paramedic, Emergency Medical Services, CPR
Paramedic | certification | =EMT-P | Emergency Medical Technician, Advanced Cardiovascular Life Support
Certified Pharmacy Technician | certification | CPhT, PTCB Certification | Pharmacy, Medication Dispensing
Registered Dietitian | certification | =RD, =RDN, Registered Dietitian Nutritionist, Registered Dietician | Nutrition and Dietetics
Certified Professional Coder | certification | AAPC CPC, =CPC-A | Medical Coding, Certified Coding Specialist
Certified Coding Specialist | certification | =CCS | Medical Coding, ICD-10
RHIA | certification | Registered Health Information Administrator | Health Information Management, RHIT
RHIT | certification | Registered Health Information Technician | Health Information Management, RHIA
Certified Billing and Coding Specialist | certification | =CBCS | Medical Billing, Medical Coding
Certified Professional Biller | certification | =CPB | Medical Billing
Certified Phlebotomy Technician | certification | Phlebotomy Certification | Phlebotomy
Certified EKG Technician | certification | EKG Technician Certification | EKG
Licensed Clinical Social Worker | certification | =LCSW | Social Work, Mental Health Counseling
Licensed Master Social Worker | certification | =LMSW | Social Work, Licensed Clinical Social Worker
Licensed Professional Counselor | certification | =LPC, =LPCC | Mental Health Counseling, Counseling
Licensed Marriage and Family Therapist | certification | =LMFT | Family Therapy, Licensed Professional Counselor
Licensed Mental Health Counselor | certification | =LMHC | Mental Health Counseling
Nationally Certified Counselor | certification | =NCC | Licensed Professional Counselor
Certified Alcohol and Drug Counselor | certification | =CADC | Substance Abuse Counseling
Board Certified Behavior Analyst | certification | =BCBA | Applied Behavior Analysis, Registered Behavior Technician
Registered Behavior Technician | certification | =RBT | Applied Behavior Analysis, Board Certified Behavior Analyst
Licensed Physical Therapist | certification | =DPT, Physical Therapist License | Physical Therapy
Occupational Therapist Registered | certification | =OTR, =OTR/L | Occupational Therapy
Certified Occupational Therapy Assistant | certification | =COTA | Occupational Therapy, Occupational Therapist Registered
CCC-SLP | certification | Certificate of Clinical Competence | Speech-Language Pathology
Registered Respiratory Therapist | certification | =RRT | Respiratory Therapy
Registered Radiologic Technologist | certification | =ARRT | X-Ray, Radiology
RDMS | certification | Registered Diagnostic Medical Sonographer | Ultrasound
Registered Dental Hygienist | certification | =RDH | Dental Hygiene
DANB Certification | certification | =DANB, Certified Dental Assistant | Dental Assisting
Certified Clinical Research Coordinator | certification | =CCRC | Clinical Research, Good Clinical Practice
Certified Clinical Research Professional | certification | =CCRP | Clinical Research
CDCES | certification | Certified Diabetes Care and Education Specialist, Certified Diabetes Educator | Diabetes Education
=CHES | certification | Certified Health Education Specialist | Health Education
CRCST | certification | Certified Registered Central Service Technician | Sterile Processing
Nonviolent Crisis Intervention | certification | CPI Training | De-escalation, Crisis Intervention
Licensed Massage Therapist | certification | =LMT | Massage Therapy
FACHE | certification | Fellow of the American College of Healthcare Executives | Healthcare Administration
Licensed Nursing Home Administrator | certification | Nursing Home Administrator License, =LNHA | Long-Term Care, Healthcare Administration
Epic Certification | certification | | Epic

# ---- Healthcare: domains ----
Healthcare | domain | Health Care, Healthcare Industry | Hospitals, Healthcare Administration
Hospitals | domain | Hospital Setting | Healthcare, Acute Care
Long-Term Care | domain | =LTC, Skilled Nursing, Skilled Nursing Facility, =SNF, Nursing Homes | Senior Living, Geriatrics, PointClickCare
Senior Living | domain | Assisted Living, Senior Care | Long-Term Care, Dementia Care
Behavioral Health | domain | Mental Health, Mental Health Services | Psychiatric Nursing, Mental Health Counseling, Substance Abuse Counseling
Public Health | domain | | Epidemiology, Community Health
Pharmaceuticals | domain | Pharmaceutical Industry, Pharma | Biotechnology, Life Sciences, Pharmacovigilance
Biotechnology | domain | Biotech | Pharmaceuticals, Life Sciences
Medical Devices | domain | Medical Device Industry, MedTech | Healthcare, Life Sciences
Life Sciences | domain | | Biotechnology, Pharmaceuticals
Managed Care | domain | | Healthcare, Utilization Review
Dentistry | domain | | Dental Hygiene, Dental Assisting
Durable Medical Equipment | domain | =DME | Medical Devices, Home Health

# ---- Education: teaching and learning ----
Teaching | hard_skill | Classroom Instruction, Classroom Teaching | Lesson Planning, Classroom Management, Teaching Certification
Lesson Planning | hard_skill | Unit Planning | Curriculum Development, Classroom Management, Differentiated Instruction
Curriculum Development | hard_skill | Course Development | Curriculum Design, Lesson Planning, Instructional Design
Curriculum Design | hard_skill | Course Design, Curriculum Mapping | Curriculum Development, Instructional Design
Instructional Design | hard_skill | Learning Design, Learning Experience Design | Curriculum Design, ADDIE, E-Learning, Articulate Storyline
ADDIE | hard_skill | ADDIE Model | Instructional Design
Classroom Management | hard_skill | | Behavior Management, Lesson Planning, Differentiated Instruction
Differentiated Instruction | hard_skill | Differentiated Learning | Universal Design for Learning, Small Group Instruction, Special Education
Small Group Instruction | hard_skill | | Differentiated Instruction, Guided Reading
Student Assessment | hard_skill | Educational Assessment, Student Evaluation | Formative Assessment, Summative Assessment, Data-Driven Instruction
Formative Assessment | hard_skill | | Student Assessment, Summative Assessment
Summative Assessment | hard_skill | | Student Assessment, Formative Assessment
Data-Driven Instruction | hard_skill | | Student Assessment, Response to Intervention
Standardized Test Administration | hard_skill | Test Proctoring, Exam Proctoring | Student Assessment
Special Education | hard_skill | =SPED, Exceptional Student Education, =ESE | Individualized Education Program, Inclusive Education, Section 504 Plans
Individualized Education Program | hard_skill | =IEP, Individualized Education Plan | Special Education, Section 504 Plans
Section 504 Plans | hard_skill | 504 Plans | Individualized Education Program, Special Education
Inclusive Education | hard_skill | Inclusive Classroom | Special Education, Co-Teaching
Co-Teaching | hard_skill | Team Teaching | Inclusive Education, Special Education
Gifted Education | hard_skill | Gifted and Talented Education | Differentiated Instruction
English as a Second Language | hard_skill | =ESL, =ELL, English Language Learners, =ESOL, English as a Foreign Language, =EFL | TESOL Certificate, TEFL Certificate, Bilingual Education
Bilingual Education | hard_skill | Dual Language Instruction, Dual Language Immersion | English as a Second Language
Early Childhood Education | hard_skill | Preschool Education | Child Care, Child Development Associate, Montessori
Elementary Education | hard_skill | Primary Education | Teaching, Literacy Instruction
Secondary Education | hard_skill | | Teaching, K-12 Education
Montessori | hard_skill | Montessori Method | Early Childhood Education
Child Care | hard_skill | Childcare | Early Childhood Education, Infant and Toddler Care, Child Development Associate
Infant and Toddler Care | hard_skill | Infant Care | Child Care, Early Childhood Education
Early Intervention | hard_skill | | Special Education, Early Childhood Education, Occupational Therapy
Literacy Instruction | hard_skill | Reading Instruction, Literacy Education | Reading Intervention, Guided Reading, Phonics
Reading Intervention | hard_skill | Reading Remediation, Literacy Intervention | Literacy Instruction, Response to Intervention, Orton-Gillingham
Guided Reading | hard_skill | | Literacy Instruction, Small Group Instruction
Phonics | hard_skill | Phonics Instruction, Phonemic Awareness | Literacy Instruction, Orton-Gillingham
Orton-Gillingham | hard_skill | | Reading Intervention, Phonics
STEM Education | hard_skill | STEM Instruction, STEAM Education | Science Education, Mathematics Education
Mathematics Education | hard_skill | Math Instruction, Math Education | STEM Education
Science Education | hard_skill | Science Instruction | STEM Education
Music Education | hard_skill | Music Instruction | K-12 Education
Art Education | hard_skill | Art Instruction | K-12 Education
Physical Education | hard_skill | Health and Physical Education | Athletic Coaching, K-12 Education
Athletic Coaching | hard_skill | Sports Coaching | Physical Education, Youth Development
Tutoring | hard_skill | Academic Tutoring | Test Preparation, Literacy Instruction
Test Preparation | hard_skill | Test Prep | Tutoring
Substitute Teaching | hard_skill | | Teaching, Classroom Management
Behavior Management | hard_skill | Behavior Modification | Classroom Management, Positive Behavioral Interventions and Supports, Behavior Intervention Plans
Positive Behavioral Interventions and Supports | hard_skill | =PBIS | Behavior Management, Multi-Tiered System of Supports
Applied Behavior Analysis | hard_skill | =ABA | Board Certified Behavior Analyst, Registered Behavior Technician, Behavior Intervention Plans
Functional Behavior Assessment | hard_skill | =FBA | Behavior Intervention Plans, Applied Behavior Analysis
Behavior Intervention Plans | hard_skill | =BIP, Behavior Support Plans | Functional Behavior Assessment, Behavior Management
Response to Intervention | hard_skill | =RTI | Multi-Tiered System of Supports, Reading Intervention
Multi-Tiered System of Supports | hard_skill | =MTSS | Response to Intervention, Positive Behavioral Interventions and Supports
Universal Design for Learning | hard_skill | =UDL | Differentiated Instruction, Inclusive Education
Social-Emotional Learning | hard_skill | =SEL | Classroom Management, Youth Development
Project-Based Learning | hard_skill | =PBL | Inquiry-Based Learning, STEM Education
Inquiry-Based Learning | hard_skill | | Project-Based Learning, Science Education
Blended Learning | hard_skill | Hybrid Learning | Online Teaching, E-Learning, Flipped Classroom
Flipped Classroom | hard_skill | | Blended Learning
Online Teaching | hard_skill | Virtual Teaching, Online Instruction, Distance Learning, Remote Teaching | E-Learning, Blended Learning, Learning Management Systems
E-Learning | hard_skill | eLearning, Online Learning | Instructional Design, Learning Management Systems, Articulate Storyline
Learning Management Systems | hard_skill | =LMS, LMS Administration | E-Learning, Canvas LMS, Moodle, Blackboard
Educational Technology | hard_skill | Instructional Technology, Classroom Technology Integration | EdTech, Learning Management Systems, Google Classroom
Adult Education | hard_skill | Adult Learning, Andragogy, Adult Basic Education | Corporate Training, English as a Second Language
Corporate Training | hard_skill | | Instructional Design, Adult Education, E-Learning
Library Science | hard_skill | Librarianship, Library Services, =MLIS | K-12 Education, Higher Education
Educational Leadership | hard_skill | School Administration, School Leadership | K-12 Education, Curriculum Development
Academic Advising | hard_skill | Academic Counseling, Student Advising | Student Affairs, Career Counseling
Career Counseling | hard_skill | Career Advising | Academic Advising, School Counseling
School Counseling | hard_skill | Guidance Counseling | Career Counseling, Academic Advising
Student Affairs | hard_skill | Student Services, Student Development | Residence Life, Academic Advising, Higher Education
Residence Life | hard_skill | Residential Life | Student Affairs
Enrollment Management | hard_skill | College Admissions, Admissions Counseling | Student Affairs, Higher Education
Financial Aid Administration | hard_skill | Financial Aid Counseling | Enrollment Management
Youth Development | hard_skill | Youth Programming | Social-Emotional Learning, Child Welfare, Community Outreach

# ---- Education: tools ----
=Blackboard | tool | Blackboard Learn, Blackboard Ultra | Learning Management Systems, Canvas LMS, Moodle
Canvas LMS | tool | =Canvas, Instructure Canvas | Learning Management Systems, Blackboard, Moodle
Moodle | tool | | Learning Management Systems, Canvas LMS
Google Classroom | tool | | Learning Management Systems, Educational Technology
Schoology | tool | | Learning Management Systems, PowerSchool
D2L Brightspace | tool | =D2L, Brightspace, Desire2Learn | Learning Management Systems
Articulate Storyline | tool | Storyline 360, Articulate 360 | Articulate Rise, Adobe Captivate, Instructional Design
Articulate Rise | tool | Rise 360 | Articulate Storyline, E-Learning
Adobe Captivate | tool | =Captivate | Articulate Storyline, E-Learning
Kahoot | tool | | Nearpod, Quizlet
Nearpod | tool | | Pear Deck, Kahoot
Pear Deck | tool | | Nearpod, Google Classroom
Quizlet | tool | | Kahoot
Edpuzzle | tool | | Nearpod, Flipgrid
Flipgrid | tool | | Seesaw, Edpuzzle
=Seesaw | tool | | ClassDojo, Early Childhood Education
ClassDojo | tool | | Seesaw, Classroom Management
PowerSchool | tool | | Infinite Campus, Skyward, Schoology
Infinite Campus | tool | | PowerSchool
=Skyward | tool | | PowerSchool
Edmodo | tool | | Google Classroom
Turnitin | tool | | Canvas LMS, Higher Education
SMART Board | tool | Interactive Whiteboard, SMART Notebook | Promethean Board, Educational Technology
Promethean Board | tool | Promethean ActivPanel, ActivInspire | SMART Board
Panopto | tool | | Online Teaching, Higher Education
Naviance | tool | | School Counseling, Career Counseling
NWEA MAP Growth | tool | =NWEA, MAP Growth | Student Assessment, i-Ready
=i-Ready | tool | | NWEA MAP Growth, Reading Intervention
Ellucian Banner | tool | | Higher Education, Enrollment Management
Brightwheel | tool | | Child Care, Procare
Procare | tool | Procare Solutions | Child Care, Brightwheel

# ---- Education: certifications ----
Teaching Certification | certification | Teaching License, Teaching Credential, State Teaching Certification | Teaching, Praxis, National Board Certification
=Praxis | certification | Praxis Core | Teaching Certification
National Board Certification | certification | =NBCT, National Board Certified Teacher | Teaching Certification
TESOL Certificate | certification | =TESOL | TEFL Certificate, CELTA, English as a Second Language
TEFL Certificate | certification | =TEFL | TESOL Certificate, CELTA
CELTA | certification | Cambridge CELTA | TESOL Certificate, TEFL Certificate
Child Development Associate | certification | =CDA, CDA Credential | Early Childhood Education, Child Care
Google Certified Educator | certification | | Google Classroom, Educational Technology
Certified Child Life Specialist | certification | =CCLS | Pediatrics, Child Care

# ---- Social services ----
Social Work | hard_skill | Clinical Social Work | Case Management, Licensed Clinical Social Worker, Child Welfare
Crisis Intervention | hard_skill | Crisis Counseling | De-escalation, Suicide Risk Assessment, Mental Health Counseling
Counseling | hard_skill | Individual Counseling | Mental Health Counseling, Group Therapy, Licensed Professional Counselor
Mental Health Counseling | hard_skill | Clinical Counseling | Counseling, Psychotherapy, Behavioral Health
Psychotherapy | hard_skill | Individual Therapy, Talk Therapy | Cognitive Behavioral Therapy, Mental Health Counseling
Cognitive Behavioral Therapy | hard_skill | =CBT | Dialectical Behavior Therapy, Psychotherapy
Dialectical Behavior Therapy | hard_skill | =DBT | Cognitive Behavioral Therapy
Motivational Interviewing | hard_skill | | Substance Abuse Counseling, Case Management
Trauma-Informed Care | hard_skill | Trauma-Informed Practice | Crisis Intervention, Child Welfare
Group Therapy | hard_skill | Group Counseling | Counseling, Substance Abuse Counseling
Family Therapy | hard_skill | Marriage and Family Therapy, Couples Therapy | Licensed Marriage and Family Therapist, Family Services
Play Therapy | hard_skill | | Child Welfare, Counseling
Grief Counseling | hard_skill | Bereavement Counseling, Bereavement Support | Hospice and Palliative Care, Counseling
Psychosocial Assessment | hard_skill | Biopsychosocial Assessment | Social Work, Treatment Planning
Treatment Planning | hard_skill | | Psychosocial Assessment, Care Planning
Family Services | hard_skill | Family Support Services, Family Support | Child Welfare, Social Work
Child Welfare | hard_skill | Child Protective Services, Child Protection | Foster Care, Family Services, Social Work
Foster Care | hard_skill | Kinship Care | Child Welfare
Home Visiting | hard_skill | | Family Services, Early Intervention
Community Outreach | hard_skill | | Community Organizing, Community Health
Community Organizing | hard_skill | Grassroots Organizing | Advocacy, Community Outreach
Advocacy | hard_skill | Client Advocacy | Patient Advocacy, Community Organizing, Social Work
Victim Advocacy | hard_skill | Domestic Violence Advocacy, Survivor Advocacy | Advocacy, Crisis Intervention
Harm Reduction | hard_skill | | Substance Abuse Counseling, Public Health
Peer Support | hard_skill | Peer Recovery Support | Behavioral Health, Substance Abuse Counseling
Homeless Services | hard_skill | Housing Services, Housing First, Rapid Rehousing | Case Management, Social Work
Refugee Resettlement | hard_skill | Immigrant Services | Social Services, Case Management
Resource Referral | hard_skill | Community Resource Referral | Case Management, Social Work
Eligibility Determination | hard_skill | Benefits Eligibility, Public Benefits | Social Services, Case Management
Vocational Rehabilitation | hard_skill | Vocational Counseling, Job Coaching | Disability Services, Career Counseling
Disability Services | hard_skill | Disability Support, Developmental Disabilities, Intellectual and Developmental Disabilities | Vocational Rehabilitation, Special Education
Life Skills Training | hard_skill | Independent Living Skills | Disability Services, Youth Development
Nonprofit Management | hard_skill | Non-Profit Management, Nonprofit Administration | Nonprofit, Fundraising, Volunteer Coordination
Volunteer Coordination | hard_skill | Volunteer Management, Volunteer Recruitment | Nonprofit Management, Community Outreach
Fundraising | hard_skill | Fund Development | Donor Stewardship, Nonprofit Management
Donor Stewardship | hard_skill | Donor Relations, Donor Cultivation | Fundraising

# ---- Education and social services: domains ----
K-12 Education | domain | =K-12, =K12 | Elementary Education, Secondary Education
Higher Education | domain | Postsecondary Education, Higher Ed | Academic Advising, Student Affairs
EdTech | domain | | Educational Technology, E-Learning
Nonprofit | domain | Non-Profit, Not-for-Profit, Nonprofit Sector, =NGO | Nonprofit Management, Social Services
Social Services | domain | Human Services | Nonprofit, Social Work

# ---- Hospitality: lodging and events ----
Hospitality Management | hard_skill | Hospitality Operations | Hotel Management, Hospitality, Food and Beverage Management
Hotel Management | hard_skill | Hotel Operations, Lodging Management | Hospitality Management, Front Desk Operations, Revenue Management
Front Desk Operations | hard_skill | Front Desk, Front Office Operations, Guest Check-In | Guest Services, Reservations, Opera PMS, Night Audit
Guest Services | hard_skill | Guest Relations | Front Desk Operations, Concierge Services
Reservations | hard_skill | Reservation Management | Front Desk Operations, Travel Booking, OpenTable
Night Audit | hard_skill | | Front Desk Operations, Opera PMS
Housekeeping | hard_skill | | Hotel Management, Laundry Operations
Laundry Operations | hard_skill | Laundry Services | Housekeeping
Concierge Services | hard_skill | Concierge | Guest Services, Travel Planning
Revenue Management | hard_skill | Yield Management, Hotel Revenue Management | Hotel Management, IDeaS, SiteMinder
Spa Management | hard_skill | Spa Operations | Massage Therapy, Hospitality Management
Event Planning | hard_skill | Event Coordination | Event Management, Meeting Planning, Wedding Planning
Event Management | hard_skill | Event Operations, Special Events | Event Planning, Banquet Operations, Cvent
Meeting Planning | hard_skill | Meetings and Events, =MICE, Conference Planning | Event Planning, Certified Meeting Professional, Cvent
Wedding Planning | hard_skill | Wedding Coordination | Event Planning, Catering
Venue Management | hard_skill | Venue Operations | Event Management
Catering | hard_skill | | Banquet Operations, Event Planning, Food Preparation
Banquet Operations | hard_skill | Banquets, Banquet Service | Catering, Event Management

# ---- Food service ----
Food and Beverage Management | hard_skill | F&B, F&B Management, Food and Beverage Operations | Restaurant Management, Hospitality Management, Food Costing
Restaurant Management | hard_skill | Restaurant Operations | Food and Beverage Management, Front of House Operations, Kitchen Management
Front of House Operations | hard_skill | =FOH, Front of House | Restaurant Management, Table Service
Back of House Operations | hard_skill | =BOH, Back of House | Kitchen Management, Food Preparation
Kitchen Management | hard_skill | Kitchen Operations | Back of House Operations, Food Costing, Restaurant Management
Food Preparation | hard_skill | Food Prep | Cooking, Knife Skills, Food Safety
Cooking | hard_skill | Line Cooking | Food Preparation, Culinary Arts, Menu Planning
Culinary Arts | hard_skill | Culinary | Cooking, Certified Executive Chef, Pastry
Menu Planning | hard_skill | Menu Development | Recipe Development, Food Costing, Nutrition and Dietetics
Recipe Development | hard_skill | | Menu Planning, Cooking
Food Costing | hard_skill | Food Cost Control, Food Cost Management, Recipe Costing | Menu Planning, Food and Beverage Management, Portion Control
Portion Control | hard_skill | | Food Costing, Food Preparation
Knife Skills | hard_skill | | Food Preparation, Cooking
Food Presentation | hard_skill | Food Plating | Culinary Arts, Fine Dining
Butchery | hard_skill | Meat Cutting, Meat Fabrication | Cooking, Food Preparation
Grilling | hard_skill | | Cooking
Baking | hard_skill | | Pastry, Cake Decorating
Pastry | hard_skill | Pastry Arts, Patisserie | Baking, Cake Decorating
Cake Decorating | hard_skill | | Baking, Pastry
Bartending | hard_skill | | Mixology, TIPS Certification, Wine Knowledge
Bar Management | hard_skill | | Bartending, Food and Beverage Management
Mixology | hard_skill | Craft Cocktails | Bartending
Barista | hard_skill | Espresso Preparation, Coffee Preparation, Latte Art | Cash Handling, Food Handling
Wine Knowledge | hard_skill | Wine Service | Wine Pairing, Certified Sommelier, WSET
Wine Pairing | hard_skill | Food and Wine Pairing | Wine Knowledge, Fine Dining
Fine Dining | hard_skill | Fine Dining Service | Table Service, Wine Pairing
Table Service | hard_skill | Table Waiting, Waiting Tables | Fine Dining, Front of House Operations, Point of Sale
Room Service | hard_skill | In-Room Dining | Food and Beverage Management, Guest Services
Food Safety | hard_skill | Food Safety Management, Food Hygiene | ServSafe, HACCP, Food Handling, Sanitation
Food Handling | hard_skill | Safe Food Handling | Food Safety, Food Handler Card
HACCP | hard_skill | Hazard Analysis and Critical Control Points | Food Safety, Sanitation
Sanitation | hard_skill | Kitchen Sanitation | Food Safety, HACCP, Housekeeping
Allergen Management | hard_skill | Allergen Awareness, Food Allergen Awareness | Food Safety
Dishwashing | hard_skill | Warewashing | Sanitation, Kitchen Management
Cash Handling | hard_skill | Cashiering, Money Handling | Point of Sale, Cash Register, Loss Prevention
Point of Sale | hard_skill | =POS, =POS Systems | Cash Handling, Toast POS, Square POS, Micros POS

# ---- Retail ----
Retail Management | hard_skill | Retail Store Management | Store Operations, Visual Merchandising, Loss Prevention
Store Operations | hard_skill | Retail Operations, Store Management | Retail Management, Planograms
Visual Merchandising | hard_skill | Merchandise Display, Window Display | Planograms, Retail Management
Planograms | hard_skill | Planogram Execution, Planogram Compliance | Visual Merchandising, Store Operations
Loss Prevention | hard_skill | Shrink Reduction, Shrinkage Control | Retail Management, Cash Handling
Clienteling | hard_skill | | Personal Styling, Retail Management
Personal Styling | hard_skill | Personal Shopping, Wardrobe Styling | Clienteling, Visual Merchandising

# ---- Travel ----
Travel Planning | hard_skill | Trip Planning, Travel Coordination | Itinerary Planning, Travel Booking
Travel Booking | hard_skill | Travel Reservations, Travel Arrangements | Travel Planning, Global Distribution Systems, Airline Ticketing
Itinerary Planning | hard_skill | Itinerary Development | Travel Planning, Tour Operations
Tour Guiding | hard_skill | Guided Tours | Tour Operations, Travel and Tourism
Tour Operations | hard_skill | Tour Management, Tour Coordination | Tour Guiding, Destination Management
Destination Management | hard_skill | | Tour Operations, Meeting Planning
Group Travel | hard_skill | | Travel Planning, Tour Operations
Corporate Travel Management | hard_skill | Business Travel Management | Travel Booking, Global Distribution Systems
Airline Ticketing | hard_skill | Air Ticketing | Travel Booking, Global Distribution Systems
Global Distribution Systems | hard_skill | =GDS | Amadeus, Sabre, Galileo, Travel Booking
In-Flight Service | hard_skill | Inflight Service, Cabin Service | Passenger Service
Passenger Service | hard_skill | Passenger Assistance | In-Flight Service, Airline Ticketing

# ---- Hospitality, food service and travel: tools ----
Opera PMS | tool | Oracle Opera, OPERA Cloud | Front Desk Operations, Hotel Management, Cloudbeds
Micros POS | tool | Oracle MICROS, MICROS Simphony, Simphony POS | Point of Sale, Opera PMS
Toast POS | tool | =Toast | Point of Sale, Square POS
Square POS | tool | =Square | Point of Sale, Clover POS
Clover POS | tool | =Clover | Point of Sale, Square POS
Aloha POS | tool | NCR Aloha | Point of Sale, Micros POS
Cash Register | tool | | Cash Handling, Point of Sale
OpenTable | tool | | Reservations, Resy, SevenRooms
Resy | tool | | OpenTable, Reservations
SevenRooms | tool | | OpenTable, Reservations
Cloudbeds | tool | | Opera PMS, Hotel Management
Hilton OnQ | tool | =OnQ | Opera PMS, Front Desk Operations
=IDeaS | tool | IDeaS G3 | Revenue Management
SiteMinder | tool | | Revenue Management, Cloudbeds
HotSchedules | tool | | Restaurant Management
Cvent | tool | | Event Management, Meeting Planning, Social Tables
Social Tables | tool | | Cvent, Event Planning
=Amadeus | tool | Amadeus GDS | Global Distribution Systems, Sabre, Travel Booking
=Sabre | tool | Sabre GDS, Sabre Red | Global Distribution Systems, Amadeus
=Galileo | tool | Travelport Galileo, Travelport | Global Distribution Systems, Sabre
Worldspan | tool | | Global Distribution Systems, Galileo

# ---- Hospitality, food service, retail and travel: certifications ----
ServSafe | certification | ServSafe Certification, ServSafe Food Handler | Food Safety, ServSafe Manager, Food Handler Card
ServSafe Manager | certification | Certified Food Protection Manager, =CFPM, Food Protection Manager Certification | ServSafe, Food Safety, Kitchen Management
ServSafe Alcohol | certification | | TIPS Certification, Bartending, Responsible Beverage Service
Food Handler Card | certification | Food Handler Certificate, Food Handlers Permit | Food Handling, ServSafe
TIPS Certification | certification | =TIPS, Training for Intervention Procedures | Bartending, ServSafe Alcohol, Responsible Beverage Service
Responsible Beverage Service | certification | RBS Certification | TIPS Certification, ServSafe Alcohol
Certified Sommelier | certification | Court of Master Sommeliers | Wine Knowledge, WSET
WSET | certification | Wine & Spirit Education Trust | Certified Sommelier, Wine Knowledge
Certified Meeting Professional | certification | =CMP | Meeting Planning, Event Planning
Certified Special Events Professional | certification | =CSEP | Event Management
Certified Travel Associate | certification | | Travel Planning, Travel Booking
Certified Hotel Administrator | certification | =CHA | Hotel Management, Hospitality Management
Certified Hospitality Supervisor | certification | | Hospitality Management
Certified Executive Chef | certification | =CEC | Culinary Arts, Kitchen Management
Certified Dietary Manager | certification | | Food Service, Nutrition and Dietetics

# ---- Hospitality, food service and travel: domains ----
Hospitality | domain | Hospitality Industry, Lodging Industry | Hospitality Management, Food Service, Travel and Tourism
Food Service | domain | Foodservice, Restaurant Industry, Food Service Industry | Restaurant Management, Quick Service Restaurants
Quick Service Restaurants | domain | =QSR, Fast Food | Food Service
Travel and Tourism | domain | Tourism, Travel Industry | Hospitality, Travel Planning
`;
