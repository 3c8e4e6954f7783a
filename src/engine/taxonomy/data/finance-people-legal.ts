// Finance and accounting; HR; legal and compliance; administration and office tools; project management;
// soft skills; human languages. Authored for this project.
export default String.raw`
# canonical | category | aliases | related
# --- Finance and accounting ---
=Accounting | hard_skill | =accounting | Bookkeeping, General Ledger, Financial Reporting, GAAP
Bookkeeping | hard_skill | | Accounting, General Ledger, Accounts Payable, QuickBooks
Accounts Payable | hard_skill | =A/P | Invoicing, Three-Way Match, General Ledger, Expense Management
Three-Way Match | hard_skill | 3-way match | Accounts Payable, Invoicing
Accounts Receivable | hard_skill | =A/R | Billing, Debt Collection, Invoicing, Cash Application
Cash Application | hard_skill | cash posting, payment posting | Accounts Receivable, Bank Reconciliation
General Ledger | hard_skill | =GL, GL accounting | Journal Entries, Account Reconciliation, Month-End Close
Journal Entries | hard_skill | journal entry preparation, adjusting entries | General Ledger, Accruals, Month-End Close
Accruals | hard_skill | accrual accounting, prepaid expenses | Journal Entries, Month-End Close
Account Reconciliation | hard_skill | reconciliation, balance sheet reconciliation | Bank Reconciliation, General Ledger, Month-End Close
Bank Reconciliation | hard_skill | bank recs | Account Reconciliation, Cash Management
Intercompany Accounting | hard_skill | intercompany reconciliation | Financial Consolidation, Account Reconciliation
Month-End Close | hard_skill | financial close, period-end close, year-end close, record to report, =R2R | Journal Entries, Account Reconciliation, Financial Reporting
Financial Consolidation | hard_skill | consolidated financial statements | Intercompany Accounting, Financial Reporting, IFRS
Financial Reporting | hard_skill | management reporting | Financial Statements, GAAP, SEC Reporting, Month-End Close
SEC Reporting | hard_skill | SEC filings, 10-K, 10-Q | Financial Reporting, GAAP, SOX Compliance
Financial Statements | hard_skill | balance sheet, income statement, cash flow statement | Financial Reporting, Financial Analysis
Financial Analysis | hard_skill | financial statement analysis, ratio analysis | Financial Modeling, Variance Analysis, Financial Statements
Financial Modeling | hard_skill | financial model building | Financial Analysis, Valuation, Financial Forecasting, Microsoft Excel
Financial Planning and Analysis | hard_skill | FP&A | Budgeting, Financial Forecasting, Variance Analysis, Financial Modeling
Budgeting | hard_skill | budget preparation, budget planning | Financial Forecasting, Financial Planning and Analysis, Budget Management
Financial Forecasting | hard_skill | rolling forecasts | Budgeting, Financial Modeling, Financial Planning and Analysis
Variance Analysis | hard_skill | budget variance analysis, budget vs actual | Budgeting, Financial Planning and Analysis
Cost Accounting | hard_skill | product costing, standard costing, activity-based costing | Managerial Accounting, Variance Analysis
Managerial Accounting | hard_skill | management accounting | Cost Accounting, Budgeting
Cash Flow Analysis | hard_skill | cash flow forecasting | Cash Management, Financial Forecasting, Treasury
Capital Budgeting | hard_skill | capital expenditure planning, capex planning | Budgeting, Discounted Cash Flow, Investment Analysis
P&L Management | hard_skill | profit and loss management, P&L responsibility | Budgeting, Financial Analysis
Tax Preparation | hard_skill | tax return preparation, income tax preparation | Taxation, Tax Compliance, Enrolled Agent
Taxation | hard_skill | tax accounting | Tax Preparation, Tax Planning, Tax Compliance
Tax Planning | hard_skill | tax strategy | Taxation, Wealth Management, Estate Planning
Tax Compliance | hard_skill | tax filings | Taxation, Tax Preparation, Indirect Tax
Indirect Tax | hard_skill | sales and use tax, =VAT, value added tax, =GST | Tax Compliance, Avalara
Auditing | hard_skill | financial audit | Internal Audit, External Audit, Internal Controls
Internal Audit | hard_skill | | Auditing, Internal Controls, Certified Internal Auditor
External Audit | hard_skill | statutory audit, independent audit | Auditing, Financial Reporting
Internal Controls | hard_skill | =ICFR, internal control over financial reporting, =COSO | SOX Compliance, Internal Audit
SOX Compliance | hard_skill | =SOX, Sarbanes-Oxley, SOX 404 | Internal Controls, Internal Audit, SEC Reporting
Forensic Accounting | hard_skill | fraud investigation, fraud examination | Auditing, Certified Fraud Examiner
Fund Accounting | hard_skill | NAV calculation | Investment Portfolio Management, Asset Management
GAAP | hard_skill | US GAAP, generally accepted accounting principles | IFRS, Financial Reporting
IFRS | hard_skill | international financial reporting standards | GAAP, Financial Consolidation
Revenue Recognition | hard_skill | =ASC 606, =IFRS 15, =RevRec | GAAP, Billing
Lease Accounting | hard_skill | =ASC 842, =IFRS 16 | GAAP, Fixed Assets
Fixed Assets | hard_skill | fixed asset accounting, depreciation, fixed asset management | General Ledger, Lease Accounting
Treasury | hard_skill | treasury management, treasury operations | Cash Management, Kyriba
Cash Management | hard_skill | cash flow management, liquidity management | Treasury, Cash Flow Analysis, Bank Reconciliation
Credit Analysis | hard_skill | credit assessment, credit evaluation | Underwriting, Credit Risk Management
Credit Risk Management | hard_skill | credit risk | Credit Analysis, Risk Management
Risk Management | hard_skill | financial risk management | Credit Risk Management, Market Risk, Enterprise Risk Management
Market Risk | hard_skill | market risk management, value at risk | Risk Management, Financial Derivatives
Operational Risk | hard_skill | operational risk management | Risk Management, Internal Controls
Enterprise Risk Management | hard_skill | =ERM | Risk Management, Governance Risk and Compliance
Basel III | hard_skill | Basel accords, Basel II | Risk Management, Banking
Underwriting | hard_skill | credit underwriting, loan underwriting, insurance underwriting | Credit Analysis, Insurance, Mortgage Lending
Investment Banking | domain | | Mergers and Acquisitions, Corporate Finance, Capital Markets
Corporate Finance | hard_skill | | Capital Budgeting, Valuation, Mergers and Acquisitions
Mergers and Acquisitions | hard_skill | M&A | Due Diligence, Valuation, Investment Banking
Valuation | hard_skill | business valuation, company valuation | Discounted Cash Flow, Financial Modeling
Discounted Cash Flow | hard_skill | =DCF, DCF analysis | Valuation, Financial Modeling
Leveraged Buyouts | hard_skill | =LBO, LBO modeling | Private Equity, Financial Modeling
Due Diligence | hard_skill | financial due diligence | Mergers and Acquisitions, Valuation
Equity Research | hard_skill | sell-side research, stock research | Investment Analysis, Valuation
Investment Analysis | hard_skill | securities analysis | Equity Research, Investment Portfolio Management
Investment Portfolio Management | hard_skill | investment management, portfolio construction | Asset Management, Wealth Management
Asset Management | domain | | Investment Portfolio Management, Wealth Management
Wealth Management | domain | private wealth management | Financial Planning, Investment Portfolio Management
Financial Planning | hard_skill | financial advising, personal financial planning | Wealth Management, Retirement Planning, Certified Financial Planner
Retirement Planning | hard_skill | | Financial Planning, Wealth Management
Securities Trading | hard_skill | stock trading, equity trading | Capital Markets, Financial Derivatives
Financial Derivatives | hard_skill | derivatives trading, options and futures | Securities Trading, Market Risk
Fixed Income | hard_skill | bond trading, fixed income securities | Securities Trading, Capital Markets
Quantitative Finance | hard_skill | quant finance, financial engineering | Financial Derivatives, Risk Management
Actuarial Science | hard_skill | actuarial analysis | Insurance, Risk Management
Capital Markets | domain | | Investment Banking, Securities Trading
Private Equity | domain | | Leveraged Buyouts, Venture Capital
Venture Capital | domain | | Private Equity
Hedge Funds | domain | | Asset Management, Securities Trading
Financial Services | domain | | Banking, Insurance
FinTech | domain | financial technology | Financial Services, Banking
Banking | domain | | Retail Banking, Commercial Banking
Retail Banking | domain | consumer banking | Banking, Loan Processing
Commercial Banking | domain | corporate banking | Banking, Commercial Lending
Commercial Lending | hard_skill | business lending | Commercial Banking, Credit Analysis
Loan Processing | hard_skill | loan processor duties | Loan Origination, Mortgage Lending
Loan Origination | hard_skill | loan officer duties | Loan Processing, Mortgage Lending, Underwriting
Loan Servicing | hard_skill | | Loan Processing, Mortgage Lending
Mortgage Lending | hard_skill | mortgage origination, residential lending | Loan Origination, Underwriting
KYC | hard_skill | know your customer, customer due diligence | Anti-Money Laundering, Sanctions Compliance
Anti-Money Laundering | hard_skill | =AML, BSA/AML, Bank Secrecy Act | KYC, Sanctions Compliance, Certified Anti-Money Laundering Specialist
Insurance | domain | | Underwriting, Claims Processing, Actuarial Science
Reinsurance | domain | | Insurance, Actuarial Science
Claims Processing | hard_skill | claims handling, claims adjusting | Insurance, Underwriting
=Billing | hard_skill | =billing | Invoicing, Accounts Receivable
Invoicing | hard_skill | invoice processing | Billing, Accounts Payable, Accounts Receivable
Debt Collection | hard_skill | credit and collections | Accounts Receivable, Billing
Expense Management | hard_skill | expense reporting, =T&E | Concur, Accounts Payable
ERP | hard_skill | enterprise resource planning | SAP, Oracle E-Business Suite, NetSuite
# finance tools
QuickBooks | tool | QuickBooks Online, =QBO, QuickBooks Desktop, Intuit QuickBooks | Xero, Bookkeeping
Xero | tool | | QuickBooks, Bookkeeping
=Sage | tool | Sage 50, Sage 100 | Sage Intacct, QuickBooks
Sage Intacct | tool | Intacct | Sage, NetSuite
FreshBooks | tool | | QuickBooks, Invoicing
Zoho Books | tool | | QuickBooks, Bookkeeping
MYOB | tool | | Xero, Bookkeeping
NetSuite | tool | Oracle NetSuite | ERP, Sage Intacct
=SAP | tool | SAP ERP, SAP ECC, SAP S/4HANA, S/4HANA | ERP, SAP FICO
SAP FICO | tool | SAP FI/CO, SAP Finance | SAP, General Ledger
Oracle E-Business Suite | tool | Oracle EBS | Oracle Financials, ERP
Oracle Financials | tool | Oracle Fusion Financials, Oracle Financials Cloud | Oracle E-Business Suite, ERP
Microsoft Dynamics GP | tool | Dynamics GP, Great Plains | ERP
Microsoft Dynamics 365 Finance | tool | Dynamics 365 Finance, D365 Finance, Dynamics AX | ERP
Microsoft Dynamics 365 Business Central | tool | Business Central, Dynamics NAV, Navision | ERP
=Tally | tool | Tally ERP 9, TallyPrime, Tally.ERP 9 | Bookkeeping, Indirect Tax
Oracle Hyperion | tool | Hyperion, Hyperion Planning, Hyperion Essbase, Essbase, =HFM | Financial Planning and Analysis, Financial Consolidation
OneStream | tool | | Financial Consolidation, Oracle Hyperion
Anaplan | tool | | Financial Planning and Analysis, Adaptive Planning
Adaptive Planning | tool | Workday Adaptive Planning, Adaptive Insights | Anaplan, Budgeting
BlackLine | tool | | Account Reconciliation, Month-End Close
FloQast | tool | | Month-End Close, Account Reconciliation
Kyriba | tool | | Treasury, Cash Management
Avalara | tool | | Indirect Tax
Bill.com | tool | | Accounts Payable, Invoicing
=Concur | tool | SAP Concur | Expense Management
Expensify | tool | | Expense Management
Workday Financials | tool | Workday Financial Management | Workday, ERP
Bloomberg Terminal | tool | Bloomberg Professional | FactSet, Capital IQ, Securities Trading
FactSet | tool | | Bloomberg Terminal, Capital IQ, Equity Research
Capital IQ | tool | S&P Capital IQ, CapIQ | FactSet, PitchBook
PitchBook | tool | | Capital IQ, Private Equity
Refinitiv Eikon | tool | Thomson Reuters Eikon, Eikon, LSEG Workspace | Bloomberg Terminal
Morningstar Direct | tool | | Investment Analysis
Lacerte | tool | Intuit Lacerte | Tax Preparation, UltraTax CS
UltraTax CS | tool | UltraTax | Tax Preparation, Lacerte
Drake Tax | tool | Drake Software | Tax Preparation
ProSeries | tool | Intuit ProSeries | Tax Preparation, Lacerte
# finance certifications
Certified Public Accountant | certification | =CPA | Accounting, Auditing
Chartered Accountant | certification | =ICAEW, =ICAI, =ICAS | Accounting, Auditing, ACCA
ACCA | certification | Association of Chartered Certified Accountants, Chartered Certified Accountant | Chartered Accountant, Certified Public Accountant
Certified Management Accountant | certification | | Managerial Accounting, CIMA
CIMA | certification | Chartered Institute of Management Accountants, =CGMA, Chartered Global Management Accountant | Managerial Accounting, Certified Management Accountant
Chartered Financial Analyst | certification | =CFA | Equity Research, Investment Portfolio Management
Certified Financial Planner | certification | =CFP | Financial Planning, Wealth Management
Chartered Financial Consultant | certification | =ChFC | Financial Planning, Certified Financial Planner
=Financial Risk Manager | certification | =FRM | Risk Management, Market Risk
Certified Internal Auditor | certification | =CIA | Internal Audit, Auditing
Certified Fraud Examiner | certification | =CFE | Forensic Accounting
Chartered Alternative Investment Analyst | certification | =CAIA | Hedge Funds, Private Equity
Certified Treasury Professional | certification | =CTP | Treasury, Cash Management
Certified Anti-Money Laundering Specialist | certification | =CAMS | Anti-Money Laundering, KYC
Enrolled Agent | certification | | Tax Preparation, Taxation
Series 7 | certification | general securities representative | Series 63, Series 66, Securities Industry Essentials
Series 63 | certification | uniform securities agent | Series 7, Series 65
Series 65 | certification | uniform investment adviser law exam | Series 63, Series 66
Series 66 | certification | uniform combined state law exam | Series 63, Series 65, Series 7
Securities Industry Essentials | certification | =SIE | Series 7
Mortgage Loan Originator License | certification | =NMLS, MLO license | Mortgage Lending, Loan Origination
Life and Health Insurance License | certification | life insurance license, health insurance license | Insurance, Property and Casualty License
Property and Casualty License | certification | P&C license | Insurance, Life and Health Insurance License

# --- Human resources and recruiting ---
Human Resources | hard_skill | =HR, Human Resource Management, =HRM | Employee Relations, Talent Management, HR Policies
HR Generalist Duties | hard_skill | HR generalist | Human Resources, Employee Relations, Benefits Administration
HR Business Partnering | hard_skill | =HRBP | Human Resources, Talent Management, Employee Relations
Recruiting | hard_skill | | Talent Acquisition, Candidate Sourcing, Interviewing, Applicant Tracking Systems
Talent Acquisition | hard_skill | | Recruiting, Employer Branding, Full-Cycle Recruiting
Full-Cycle Recruiting | hard_skill | full life cycle recruiting, end-to-end recruiting, 360 recruiting | Recruiting, Candidate Sourcing
Technical Recruiting | hard_skill | IT recruiting, tech recruiting | Recruiting, Candidate Sourcing
Executive Search | hard_skill | headhunting, executive recruiting | Recruiting, Candidate Sourcing
Campus Recruiting | hard_skill | university recruiting, college recruiting, early careers recruiting | Recruiting, Employer Branding
High-Volume Recruiting | hard_skill | volume hiring, mass recruitment | Recruiting, Applicant Tracking Systems
Candidate Sourcing | hard_skill | talent sourcing, candidate search | Recruiting, Boolean Search, LinkedIn Recruiter
Boolean Search | hard_skill | boolean sourcing, x-ray search | Candidate Sourcing
Candidate Screening | hard_skill | resume screening, phone screening | Interviewing, Recruiting
Interviewing | hard_skill | candidate interviewing | Behavioral Interviewing, Candidate Screening, Recruiting
Behavioral Interviewing | hard_skill | competency-based interviewing, structured interviewing | Interviewing
Background Checks | hard_skill | background screening, pre-employment screening | Candidate Screening, I-9 Compliance
Offer Negotiation | hard_skill | offer management | Recruiting, Compensation and Benefits
Employer Branding | hard_skill | | Talent Acquisition, Campus Recruiting
Employee Onboarding | hard_skill | new hire onboarding, new hire orientation | Talent Acquisition, HRIS
Employee Offboarding | hard_skill | separation processing | Exit Interviews, Employee Onboarding
Exit Interviews | hard_skill | | Employee Offboarding, Employee Engagement
Employee Relations | hard_skill | |  Labor Relations, HR Policies, Conflict Resolution
Workplace Investigations | hard_skill | HR investigations | Employee Relations, Employment Law
Performance Management | hard_skill | performance appraisals, performance reviews | Talent Management, Giving Feedback
Compensation and Benefits | hard_skill | comp and ben, =C&B, total rewards | Benefits Administration, Compensation Benchmarking, Payroll
Compensation Benchmarking | hard_skill | salary benchmarking, compensation analysis, job evaluation | Compensation and Benefits
Benefits Administration | hard_skill | benefits enrollment, open enrollment | Compensation and Benefits, FMLA
Payroll | hard_skill | payroll processing, payroll administration | ADP, Compensation and Benefits, Benefits Administration
Workers' Compensation | hard_skill | workers comp | Benefits Administration, Employment Law
FMLA | hard_skill | Family and Medical Leave Act, leave of absence administration, leave management | Benefits Administration, Employment Law
I-9 Compliance | hard_skill | =I-9, E-Verify, employment eligibility verification | HR Compliance, Background Checks
EEO Compliance | hard_skill | =EEO, =EEOC, equal employment opportunity, affirmative action | HR Compliance, Diversity Equity and Inclusion
HR Compliance | hard_skill | | Employment Law, HR Policies, EEO Compliance
HR Policies | hard_skill | HR policy development, employee handbook | Human Resources, HR Compliance
HR Analytics | hard_skill | people analytics, workforce analytics | HRIS, Workforce Planning
HRIS | tool | human resources information system, =HRMS, human capital management, =HCM | Workday, SAP SuccessFactors, BambooHR
Applicant Tracking Systems | tool | =ATS | Greenhouse, Lever, iCIMS, Taleo
Talent Management | hard_skill | | Succession Planning, Performance Management, Learning and Development
Succession Planning | hard_skill | | Talent Management, Workforce Planning
Workforce Planning | hard_skill | headcount planning | Succession Planning, HR Analytics
Organizational Development | hard_skill | organizational design, org design | Change Management, Talent Management
Learning and Development | hard_skill | L&D, talent development | Training and Development, Talent Management
Training and Development | hard_skill | employee training, training delivery, training program development | Learning and Development, Facilitation
Employee Engagement | hard_skill | engagement surveys, employee experience | Employee Relations, Exit Interviews
Diversity Equity and Inclusion | hard_skill | =DEI, =DE&I, =D&I, diversity and inclusion | EEO Compliance, Employee Engagement
Labor Relations | hard_skill | industrial relations, union relations | Collective Bargaining, Employee Relations
Collective Bargaining | hard_skill | union negotiations | Labor Relations
Job Analysis | hard_skill | job description writing | Compensation Benchmarking, Workforce Planning
# HR tools
=Workday | tool | Workday HCM | HRIS, Workday Financials
ADP | tool | ADP Workforce Now, ADP Vantage | Payroll, HRIS
BambooHR | tool | | HRIS
SAP SuccessFactors | tool | SuccessFactors | HRIS, Workday
Oracle HCM Cloud | tool | Oracle HCM, Oracle Fusion HCM | HRIS, PeopleSoft
PeopleSoft | tool | Oracle PeopleSoft | HRIS, Oracle HCM Cloud
UKG Pro | tool | UltiPro | HRIS, Kronos
Kronos | tool | UKG Workforce Central, UKG Dimensions | UKG Pro, Payroll
Dayforce | tool | Ceridian Dayforce | HRIS, Payroll
Paychex | tool | | Payroll, ADP
Paylocity | tool | | Payroll, HRIS
=Gusto | tool | | Payroll
=Rippling | tool | | HRIS, Payroll
=Greenhouse | tool | Greenhouse ATS, Greenhouse Recruiting | Applicant Tracking Systems
=Lever | tool | Lever ATS | Applicant Tracking Systems
iCIMS | tool | | Applicant Tracking Systems
Taleo | tool | Oracle Taleo | Applicant Tracking Systems
Jobvite | tool | | Applicant Tracking Systems
SmartRecruiters | tool | | Applicant Tracking Systems
LinkedIn Recruiter | tool | | Candidate Sourcing
# HR certifications
SHRM-CP | certification | SHRM Certified Professional | SHRM-SCP, PHR
SHRM-SCP | certification | SHRM Senior Certified Professional | SHRM-CP, SPHR
PHR | certification | Professional in Human Resources | SPHR, SHRM-CP
SPHR | certification | Senior Professional in Human Resources | PHR, SHRM-SCP
aPHR | certification | Associate Professional in Human Resources | PHR
GPHR | certification | Global Professional in Human Resources | SPHR
CIPD | certification | Chartered Institute of Personnel and Development | Human Resources
Certified Compensation Professional | certification | | Compensation and Benefits
Certified Payroll Professional | certification | | Payroll

# --- Legal and compliance ---
Legal Services | domain | | Litigation, Corporate Law
Contract Law | hard_skill | | Contract Drafting, Contract Management, Commercial Law
Contract Drafting | hard_skill | contract preparation | Contract Review, Contract Law, Legal Document Preparation
Contract Review | hard_skill | contract analysis | Contract Drafting, Contract Management
Contract Management | hard_skill | contract administration, contract lifecycle management, =CLM | Contract Review, Vendor Management
Legal Research | hard_skill | case law research | Legal Writing, Westlaw, LexisNexis
Legal Writing | hard_skill | brief writing, legal briefs | Legal Research, Legal Document Preparation
Legal Document Preparation | hard_skill | legal drafting, pleadings | Contract Drafting, Paralegal
Paralegal | hard_skill | paralegal studies, legal assistant | Legal Research, Legal Document Preparation, Certified Paralegal
Litigation | hard_skill | civil litigation | Litigation Support, Trial Preparation, E-Discovery
Litigation Support | hard_skill | | Litigation, E-Discovery
Trial Preparation | hard_skill | trial prep | Litigation
Court Filing | hard_skill | e-filing, electronic court filing | PACER, Litigation
E-Discovery | hard_skill | eDiscovery, electronic discovery, document review | Litigation Support
Corporate Law | hard_skill | business law | Corporate Governance, Mergers and Acquisitions, Securities Law
Commercial Law | hard_skill | | Contract Law, Corporate Law
Securities Law | hard_skill | securities regulation | Corporate Law, SEC Reporting
Intellectual Property | hard_skill | intellectual property law, =IP law | Patent Law, Trademark Law
Patent Law | hard_skill | | Patent Prosecution, Intellectual Property
Patent Prosecution | hard_skill | patent drafting | Patent Law
Trademark Law | hard_skill | trademarks, trademark prosecution | Intellectual Property
Employment Law | hard_skill | labor and employment law, labor law | HR Compliance, Employee Relations
Immigration Law | hard_skill | immigration services, visa processing | Employment Law
Family Law | hard_skill | | Litigation
Criminal Law | hard_skill | criminal defense | Litigation
Real Estate Law | hard_skill | property law, conveyancing | Contract Law
Tax Law | hard_skill | | Taxation
Estate Planning | hard_skill | wills and trusts, probate | Tax Planning, Financial Planning
Bankruptcy Law | hard_skill | insolvency law, bankruptcy | Litigation, Debt Collection
Antitrust Law | hard_skill | competition law | Corporate Law, Regulatory Compliance
Personal Injury Law | hard_skill | | Litigation
Alternative Dispute Resolution | hard_skill | =ADR | Mediation, Arbitration
Mediation | hard_skill | | Alternative Dispute Resolution, Conflict Resolution
Arbitration | hard_skill | | Alternative Dispute Resolution, Litigation
Legal Operations | hard_skill | legal ops | Contract Management, E-Discovery
Regulatory Compliance | hard_skill | regulatory affairs compliance | Compliance Management, Governance Risk and Compliance
Compliance Management | hard_skill | compliance program management, compliance monitoring | Regulatory Compliance, Compliance Auditing
Compliance Auditing | hard_skill | compliance reviews | Compliance Management, Internal Audit
Corporate Governance | hard_skill | board governance | Governance Risk and Compliance, Corporate Law
Governance Risk and Compliance | hard_skill | =GRC | Corporate Governance, Regulatory Compliance, Enterprise Risk Management
Anti-Bribery and Corruption | hard_skill | =FCPA, anti-corruption | Regulatory Compliance, Sanctions Compliance
Sanctions Compliance | hard_skill | =OFAC, sanctions screening | Anti-Money Laundering, KYC
Data Privacy | hard_skill | privacy compliance, privacy law, information privacy | GDPR, CCPA, CIPP
GDPR | hard_skill | general data protection regulation | Data Privacy, CCPA
HIPAA | hard_skill | health insurance portability and accountability act | Data Privacy, Regulatory Compliance
CCPA | hard_skill | california consumer privacy act, =CPRA | Data Privacy, GDPR
# legal tools
Westlaw | tool | Thomson Reuters Westlaw | LexisNexis, Legal Research
LexisNexis | tool | Lexis, Lexis Advance, Lexis+ | Westlaw, Legal Research
Bloomberg Law | tool | | Westlaw, Legal Research
Clio | tool | | Legal Operations
=PACER | tool | =CM/ECF | Court Filing
iManage | tool | | NetDocuments
NetDocuments | tool | | iManage
=Relativity | tool | RelativityOne, kCura Relativity | E-Discovery
# legal certifications
Bar Admission | certification | admitted to the bar, bar license, licensed attorney | Litigation, Corporate Law
Notary Public | certification | commissioned notary, notary commission | Legal Document Preparation
Certified Paralegal | certification | =NALA Certified Paralegal, certified legal assistant | Paralegal
CIPP | certification | certified information privacy professional, =CIPP/E, =CIPP/US | Data Privacy, CIPM
CIPM | certification | certified information privacy manager | CIPP, Data Privacy
Certified Compliance and Ethics Professional | certification | =CCEP | Compliance Management
Certified Regulatory Compliance Manager | certification | =CRCM | Regulatory Compliance, Banking

# --- Administration and office tools ---
Microsoft Office | tool | =MS Office, Office 365, Microsoft 365, =O365, =M365 | Microsoft Excel, Microsoft Word, Microsoft PowerPoint, Microsoft Outlook
Microsoft Excel | tool | =Excel, =MS Excel | Pivot Tables, VLOOKUP, Excel Macros, Microsoft Office
Microsoft Word | tool | =Word, =MS Word | Microsoft Office, Word Processing
Microsoft PowerPoint | tool | PowerPoint, =PPT, Power Point | Microsoft Office, Presentation Skills
Microsoft Outlook | tool | =Outlook, =MS Outlook | Calendar Management, Microsoft Office
Microsoft Access | tool | =Access, =MS Access | Microsoft Excel, VBA
Microsoft Teams | tool | =Teams, =MS Teams | Zoom, Slack, Microsoft Office
Microsoft OneNote | tool | OneNote | Microsoft Office
Microsoft Publisher | tool | =MS Publisher | Microsoft Office
SharePoint | tool | Microsoft SharePoint, SharePoint Online | Microsoft Teams, Document Management
Microsoft Visio | tool | Visio | Process Mapping
Microsoft Project | tool | =MS Project | Gantt Charts, Project Scheduling
Google Workspace | tool | G Suite, GSuite, Google Apps | Google Sheets, Google Docs, Microsoft Office
Google Sheets | tool | | Microsoft Excel, Google Workspace
Google Docs | tool | | Microsoft Word, Google Workspace
Google Slides | tool | | Microsoft PowerPoint, Google Workspace
Google Drive | tool | | Google Workspace, Dropbox
VBA | hard_skill | visual basic for applications, Excel VBA | Excel Macros, Microsoft Excel
Excel Macros | hard_skill | =Macros | VBA, Microsoft Excel
Pivot Tables | hard_skill | PivotTables | Microsoft Excel, VLOOKUP
VLOOKUP | hard_skill | XLOOKUP, HLOOKUP, INDEX MATCH | Pivot Tables, Microsoft Excel
Spreadsheets | hard_skill | spreadsheet management | Microsoft Excel, Google Sheets
Word Processing | hard_skill | | Microsoft Word, Typing
Mail Merge | hard_skill | | Microsoft Word
Data Entry | hard_skill | data input | Typing, 10-Key, Record Keeping
=Typing | hard_skill | =typing, touch typing, typing speed, =WPM | Data Entry, 10-Key
10-Key | hard_skill | ten key, 10-key data entry | Data Entry, Typing
Scheduling | hard_skill | appointment scheduling | Calendar Management, Meeting Coordination
Calendar Management | hard_skill | diary management, calendaring | Scheduling, Executive Assistance
Meeting Coordination | hard_skill | | Calendar Management, Minute Taking
Minute Taking | hard_skill | meeting minutes, minutes of meetings | Meeting Coordination, Administrative Support
Office Management | hard_skill | office administration | Administrative Support, Office Operations
Office Operations | hard_skill | office supplies management, office coordination | Office Management
Administrative Support | hard_skill | administrative assistance, clerical support, clerical duties | Office Management, Executive Assistance
Executive Assistance | hard_skill | executive support, executive administrative support | Calendar Management, Administrative Support
Record Keeping | hard_skill | recordkeeping, records management | Filing, Document Management, Data Entry
=Filing | hard_skill | =filing | Record Keeping, Document Management
Document Management | hard_skill | document management systems | Record Keeping, SharePoint
Reception Duties | hard_skill | receptionist duties, =Reception | Multi-Line Phone Systems, Administrative Support
Multi-Line Phone Systems | hard_skill | multi-line phones, switchboard operation | Reception Duties
Business Correspondence | hard_skill | correspondence handling | Written Communication, Administrative Support
=Zoom | tool | Zoom Meetings | Microsoft Teams, Webex
Webex | tool | Cisco Webex | Zoom, Microsoft Teams
=Slack | tool | | Microsoft Teams
DocuSign | tool | | Adobe Acrobat, Contract Management
Adobe Acrobat | tool | Acrobat, Adobe Acrobat Pro | DocuSign
Dropbox | tool | | Google Drive

# --- Project and program management ---
Project Management | hard_skill | | Project Planning, Stakeholder Management, PMP, Program Management
Program Management | hard_skill | | Project Management, Portfolio Management, PgMP
Portfolio Management | hard_skill | project portfolio management | Program Management, Project Management Office
Project Management Office | hard_skill | =PMO | Portfolio Management, Project Management
Project Planning | hard_skill | | Project Scheduling, Work Breakdown Structure, Scope Management
Project Scheduling | hard_skill | | Gantt Charts, Critical Path Method, Microsoft Project
Project Coordination | hard_skill | | Project Management, Meeting Coordination
Project Delivery | hard_skill | project execution | Project Management, Scope Management
Scope Management | hard_skill | scope definition | Project Planning, Project Delivery
Work Breakdown Structure | hard_skill | =WBS | Project Planning, Scope Management
Stakeholder Management | hard_skill | stakeholder engagement, stakeholder communication | Project Management, RACI
RACI | hard_skill | RACI matrix, RACI chart | Stakeholder Management
Project Risk Management | hard_skill | risk register, risk mitigation planning | Project Management, Risk Management
Change Management | hard_skill | organizational change management, =OCM, change leadership | Organizational Development, Stakeholder Management
Resource Management | hard_skill | resource allocation, resource planning | Project Planning, Budget Management
Budget Management | hard_skill | budget control, budget oversight | Budgeting, Resource Management
Vendor Management | hard_skill | vendor relations, third-party management | Contract Management
Waterfall Methodology | hard_skill | =Waterfall, waterfall project management | Project Management, PRINCE2
Critical Path Method | hard_skill | critical path analysis | Project Scheduling, Gantt Charts
Gantt Charts | hard_skill | | Project Scheduling, Microsoft Project
Earned Value Management | hard_skill | =EVM, earned value analysis | Project Management, Budget Management
Business Analysis | hard_skill | | Process Mapping, Business Process Improvement, Certified Business Analysis Professional
Business Process Improvement | hard_skill | business process optimization, =BPI | Process Mapping, Business Process Reengineering
Business Process Reengineering | hard_skill | =BPR | Business Process Improvement
Process Mapping | hard_skill | workflow mapping | Business Process Improvement, BPMN, Microsoft Visio
BPMN | hard_skill | business process model and notation | Process Mapping
Business Case Development | hard_skill | business cases | Business Analysis, Strategic Planning
Feasibility Studies | hard_skill | feasibility analysis | Business Case Development
SWOT Analysis | hard_skill | | Strategic Planning, Business Strategy
Strategic Planning | hard_skill | strategy development | Business Strategy, SWOT Analysis
Business Strategy | hard_skill | corporate strategy | Strategic Planning, Management Consulting
Management Consulting | domain | strategy consulting | Business Strategy, Business Analysis
# PM tools
Smartsheet | tool | | Microsoft Project, Asana
=Asana | tool | | Trello, Smartsheet
Trello | tool | | Asana
Monday.com | tool | monday.com work management | Asana, Smartsheet
Wrike | tool | | Asana, Smartsheet
Basecamp | tool | | Asana, Trello
# PM certifications
PMP | certification | project management professional | Project Management, CAPM
CAPM | certification | certified associate in project management | PMP
PgMP | certification | =Program Management Professional | Program Management, PMP
PMI-RMP | certification | PMI risk management professional | Project Risk Management, PMP
PRINCE2 | certification | PRINCE2 Practitioner, PRINCE2 Foundation | Project Management, PMP
Certified Business Analysis Professional | certification | =CBAP | Business Analysis
ECBA | certification | entry certificate in business analysis | Business Analysis, Certified Business Analysis Professional

# --- Soft skills ---
Communication | soft_skill | communication skills | Written Communication, Verbal Communication, Presentation Skills, Interpersonal Skills
Written Communication | soft_skill | writing skills, written communication skills | Communication, Business Correspondence
Verbal Communication | soft_skill | oral communication | Communication, Public Speaking
Presentation Skills | soft_skill | presenting to executives | Public Speaking, Communication, Microsoft PowerPoint
Public Speaking | soft_skill | | Presentation Skills, Verbal Communication
Interpersonal Skills | soft_skill | people skills | Communication, Relationship Building
Active Listening | soft_skill | listening skills | Communication, Empathy
Teamwork | soft_skill | team player | Collaboration, Interpersonal Skills
Collaboration | soft_skill | | Teamwork, Cross-Functional Collaboration
Cross-Functional Collaboration | soft_skill | cross-functional teamwork, cross-functional coordination | Collaboration, Stakeholder Management
Remote Collaboration | soft_skill | virtual collaboration, virtual teamwork | Collaboration, Microsoft Teams
Leadership | soft_skill | leadership skills | Team Leadership, People Management, Strategic Thinking
Team Leadership | soft_skill | leading teams | Leadership, People Management, Team Building
People Management | soft_skill | staff management, people leadership, direct reports | Team Leadership, Performance Management, Delegation
Supervisory Skills | soft_skill | staff supervision, supervisory experience | People Management, Delegation
Team Building | soft_skill | | Team Leadership, Employee Engagement
Delegation | soft_skill | | People Management, Time Management
Mentoring | soft_skill | mentorship | Coaching, Team Leadership
Coaching | soft_skill | | Mentoring, Giving Feedback
Giving Feedback | soft_skill | constructive feedback | Coaching, Performance Management
Executive Presence | soft_skill | | Leadership, Public Speaking
Influencing Skills | soft_skill | influencing without authority, stakeholder influence | Persuasion, Stakeholder Management
Persuasion | soft_skill | persuasive communication | Influencing Skills, Negotiation
Negotiation | soft_skill | negotiation skills | Persuasion, Conflict Resolution
Conflict Resolution | soft_skill | conflict management | Negotiation, Mediation, Employee Relations
Diplomacy | soft_skill | tactfulness | Conflict Resolution, Interpersonal Skills
Relationship Building | soft_skill | rapport building | Interpersonal Skills, Professional Networking
Professional Networking | soft_skill | business networking | Relationship Building
Customer Focus | soft_skill | customer orientation, customer-centric, client focus | Relationship Building, Empathy
Emotional Intelligence | soft_skill | =EQ | Empathy, Self-Awareness
Empathy | soft_skill | | Emotional Intelligence, Active Listening
Self-Awareness | soft_skill | | Emotional Intelligence
Cultural Awareness | soft_skill | cultural competence, cross-cultural communication, intercultural communication | Empathy, Communication
Problem Solving | soft_skill | | Critical Thinking, Analytical Skills, Decision Making
Critical Thinking | soft_skill | | Problem Solving, Analytical Skills
Analytical Skills | soft_skill | analytical thinking | Critical Thinking, Problem Solving
Logical Reasoning | soft_skill | logical thinking | Critical Thinking, Analytical Skills
Numeracy | soft_skill | numerical skills, numerical reasoning | Analytical Skills
Research Skills | soft_skill | | Analytical Skills, Critical Thinking
Decision Making | soft_skill | sound judgment, good judgement | Critical Thinking, Problem Solving
Strategic Thinking | soft_skill | big-picture thinking | Strategic Planning, Leadership
Business Acumen | soft_skill | commercial awareness, commercial acumen | Strategic Thinking, Financial Analysis
Creativity | soft_skill | creative thinking | Innovation, Problem Solving
Innovation | soft_skill | innovative thinking | Creativity, Entrepreneurial Mindset
Entrepreneurial Mindset | soft_skill | entrepreneurial spirit, entrepreneurial thinking | Innovation, Taking Initiative
Curiosity | soft_skill | intellectual curiosity | Learning Agility, Growth Mindset
Learning Agility | soft_skill | fast learner, quick learner | Adaptability, Growth Mindset
Growth Mindset | soft_skill | | Learning Agility, Resilience
Attention to Detail | soft_skill | detail-oriented, meticulous | Organizational Skills, Time Management
Organizational Skills | soft_skill | highly organized, organisational skills | Time Management, Attention to Detail, Prioritization
Time Management | soft_skill | deadline management, meeting deadlines | Prioritization, Organizational Skills, Multitasking
Prioritization | soft_skill | | Time Management, Multitasking
Multitasking | soft_skill | | Time Management, Prioritization
Planning and Organizing | soft_skill | | Organizational Skills, Time Management
Adaptability | soft_skill | | Flexibility, Resilience, Learning Agility
Flexibility | soft_skill | | Adaptability
Comfort with Ambiguity | soft_skill | tolerance for ambiguity, ambiguity tolerance | Adaptability
Resilience | soft_skill | | Stress Management, Adaptability
Stress Management | soft_skill | working under pressure, grace under pressure | Resilience, Time Management
Patience | soft_skill | | Empathy, Customer Focus
Positive Attitude | soft_skill | can-do attitude | Resilience, Teamwork
Self-Motivation | soft_skill | self-starter, self-driven | Taking Initiative, Working Independently
Taking Initiative | soft_skill | =Initiative, proactive | Self-Motivation, Ownership
Working Independently | soft_skill | self-directed, independent worker | Self-Motivation, Time Management
Self-Discipline | soft_skill | | Self-Motivation, Time Management
=Accountability | soft_skill | =accountability | Ownership, Reliability
Ownership | soft_skill | sense of ownership | Accountability, Taking Initiative
Reliability | soft_skill | =Dependability, =dependability, =dependable | Accountability, Punctuality, Work Ethic
Punctuality | soft_skill | | Reliability, Time Management
Work Ethic | soft_skill | | Reliability, Integrity
=Integrity | soft_skill | =integrity, honesty | Work Ethic, Professionalism
=Professionalism | soft_skill | =professionalism | Integrity, Work Ethic
Discretion | soft_skill | confidentiality | Professionalism, Integrity
Results-Oriented | soft_skill | results-driven, goal-oriented, outcome-focused | Goal Setting, Ownership
Goal Setting | soft_skill | | Results-Oriented, Time Management
Facilitation | soft_skill | workshop facilitation, meeting facilitation | Public Speaking, Training and Development
Perseverance | soft_skill | tenacity | Resilience
=Resourcefulness | soft_skill | =resourcefulness, =resourceful | Problem Solving, Creativity

# --- Human languages ---
English | language | | Spanish, French
Spanish | language | Español, Castilian | Portuguese, Italian, Catalan
French | language | Français | Spanish, Italian
German | language | Deutsch | Dutch
Mandarin Chinese | language | Mandarin, Chinese, Putonghua, 普通话, 中文 | Cantonese
Cantonese | language | 廣東話 | Mandarin Chinese
Japanese | language | 日本語, Nihongo | Korean, Mandarin Chinese
Korean | language | 한국어 | Japanese
Portuguese | language | Português, Brazilian Portuguese | Spanish
Italian | language | Italiano | Spanish, French
Russian | language | Русский | Ukrainian, Polish
Arabic | language | العربية | Hebrew, Persian, Urdu
Hindi | language | | Urdu, Punjabi, Bengali
Bengali | language | Bangla | Hindi
Urdu | language | | Hindi, Punjabi
Punjabi | language | Panjabi | Hindi, Urdu
Tamil | language | | Telugu, Malayalam, Kannada
Telugu | language | | Tamil, Kannada
Marathi | language | | Hindi, Gujarati
Gujarati | language | | Hindi, Marathi
Kannada | language | | Telugu, Tamil
Malayalam | language | | Tamil
Nepali | language | | Hindi
Sinhala | language | Sinhalese | Tamil
Turkish | language | Türkçe | Persian
Persian | language | Farsi | Dari, Arabic
Dari | language | | Persian, Pashto
Pashto | language | | Dari, Urdu
Kurdish | language | | Arabic, Persian
Hebrew | language | עברית | Arabic
Greek | language | Ελληνικά | Latin
Dutch | language | Nederlands, Flemish | German, Afrikaans
Afrikaans | language | | Dutch
Swedish | language | Svenska | Norwegian, Danish
Norwegian | language | Norsk | Swedish, Danish
Danish | language | Dansk | Norwegian, Swedish
Finnish | language | Suomi | Estonian, Swedish
=Polish | language | Polski | Czech, Russian
Czech | language | Čeština | Slovak, Polish
Slovak | language | Slovenčina | Czech
Hungarian | language | Magyar | Romanian
Romanian | language | Română | Italian
Bulgarian | language | | Russian, Serbian
Serbian | language | Srpski | Croatian
Croatian | language | Hrvatski | Serbian
Ukrainian | language | Українська | Russian, Polish
Lithuanian | language | | Latvian
Latvian | language | | Lithuanian
Estonian | language | Eesti | Finnish
Albanian | language | Shqip | Greek
Armenian | language | | Russian
Catalan | language | Català | Spanish
Vietnamese | language | Tiếng Việt | Thai
Thai | language | | Vietnamese, Lao
Lao | language | Laotian | Thai
Indonesian | language | Bahasa Indonesia | Malay
Malay | language | Bahasa Melayu, Bahasa Malaysia | Indonesian
Tagalog | language | Filipino | Indonesian
Swahili | language | Kiswahili | Amharic
Amharic | language | | Swahili, Somali
Somali | language | | Amharic, Arabic
Yoruba | language | | Igbo, Hausa
Igbo | language | | Yoruba, Hausa
Hausa | language | | Yoruba, Igbo
Haitian Creole | language | Kreyòl, Haitian Kreyol | French
=Welsh | language | Cymraeg | English
Latin | language | | Greek
American Sign Language | language | =ASL | British Sign Language
British Sign Language | language | =BSL | American Sign Language
# Added in review.
Microsoft Publisher | tool | =Publisher, MS Publisher | Microsoft Office
`;
