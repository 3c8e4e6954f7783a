// Design and product; marketing, sales and customer service; communications and media. Authored for this project.
export default String.raw`
# canonical | category | aliases | related

# ---------------------------------------------------------------- design: techniques
UX Design | hard_skill | =UX, User Experience Design, Experience Design | UI Design, User Research, Interaction Design, Product Design
UI Design | hard_skill | =UI, User Interface Design, GUI Design | UX Design, Visual Design, Design Systems, Interaction Design
Product Design | hard_skill | Digital Product Design | UX Design, UI Design, Prototyping, Design Thinking
User Research | hard_skill | UX Research, Design Research | Usability Testing, User Interviews, Persona Development, UX Design
User Interviews | hard_skill | Customer Interviews | User Research, Product Discovery, Contextual Inquiry
Usability Testing | hard_skill | User Testing | User Research, Heuristic Evaluation, Prototyping, UserTesting
Heuristic Evaluation | hard_skill | Usability Audit, UX Audit | Usability Testing, UX Design
Card Sorting | hard_skill | | Information Architecture, User Research
Tree Testing | hard_skill | | Card Sorting, Information Architecture, Optimal Workshop
Contextual Inquiry | hard_skill | | User Research, Ethnographic Research
Ethnographic Research | hard_skill | Ethnography | User Research, Contextual Inquiry
Persona Development | hard_skill | User Personas, Buyer Personas | User Research, Market Segmentation, Customer Journey Mapping
Wireframing | hard_skill | | Prototyping, UX Design, Balsamiq, Information Architecture
Prototyping | hard_skill | Rapid Prototyping | Wireframing, Figma, Usability Testing, Interaction Design
Information Architecture | hard_skill | | UX Design, Card Sorting, Wireframing
Interaction Design | hard_skill | IxD | UX Design, UI Design, Prototyping, Microinteractions
Microinteractions | hard_skill | Micro-interactions | Interaction Design, Motion Graphics
User Flows | hard_skill | Task Flows | Wireframing, Information Architecture, Customer Journey Mapping
Visual Design | hard_skill | | UI Design, Graphic Design, Typography, Color Theory
Graphic Design | hard_skill | Graphic Arts | Visual Design, Typography, Adobe Creative Cloud, Print Design
Typography | hard_skill | | Graphic Design, Visual Design, Editorial Design
Color Theory | hard_skill | Colour Theory | Visual Design, Graphic Design
Layout Design | hard_skill | Page Layout | Graphic Design, Editorial Design, Adobe InDesign
Branding | hard_skill | Brand Identity, Brand Design, Visual Identity | Logo Design, Brand Guidelines, Brand Strategy, Graphic Design
Logo Design | hard_skill | Logo Creation | Branding, Graphic Design, Adobe Illustrator
Brand Guidelines | hard_skill | Brand Standards, Brand Style Guide | Branding, Design Systems
Design Systems | hard_skill | Component Libraries, Pattern Libraries | UI Design, Figma, Brand Guidelines
Iconography | hard_skill | Icon Design | UI Design, Illustration
Motion Graphics | hard_skill | Motion Design | Adobe After Effects, Animation, Video Editing
Animation | hard_skill | | 2D Animation, 3D Animation, Motion Graphics, Storyboarding
2D Animation | hard_skill | | Animation, Adobe Animate, Motion Graphics
3D Animation | hard_skill | | Animation, 3D Modeling, Autodesk Maya, Blender
Illustration | hard_skill | Digital Illustration | Adobe Illustrator, Procreate, Concept Art, Graphic Design
Concept Art | hard_skill | Concept Design | Illustration, Character Design, Storyboarding
Character Design | hard_skill | | Concept Art, Illustration, Animation
Storyboarding | hard_skill | | Video Production, Animation, Concept Art
Photography | hard_skill | | Photo Editing, Adobe Lightroom, Product Photography, Photojournalism
Product Photography | hard_skill | E-Commerce Photography | Photography, Photo Editing
Photo Editing | hard_skill | Photo Retouching, Image Editing, Retouching | Adobe Photoshop, Adobe Lightroom, Photography
Video Editing | hard_skill | Video Editor | Adobe Premiere Pro, Final Cut Pro, DaVinci Resolve, Video Production
3D Modeling | hard_skill | 3D Design | Blender, Autodesk Maya, Cinema 4D, 3D Rendering
3D Rendering | hard_skill | 3D Visualization | 3D Modeling, Blender, Cinema 4D
Texturing | hard_skill | 3D Texturing | 3D Modeling, Adobe Substance 3D
Print Design | hard_skill | Print Collateral | Graphic Design, Prepress, Packaging Design, Adobe InDesign
Packaging Design | hard_skill | | Print Design, Branding, Graphic Design
Editorial Design | hard_skill | Publication Design, Magazine Design | Layout Design, Typography, Adobe InDesign
Presentation Design | hard_skill | Pitch Deck Design | Visual Design, Graphic Design
Infographic Design | hard_skill | Infographics | Graphic Design, Visual Design
Environmental Graphic Design | hard_skill | Signage Design, Wayfinding Design, Exhibition Design | Graphic Design, Print Design
Web Design | hard_skill | Website Design | UI Design, Visual Design, Webflow, WordPress
Email Design | hard_skill | Email Template Design | Email Marketing, Web Design
Accessible Design | hard_skill | Inclusive Design, Design for Accessibility | UX Design, UI Design, CPACC
Service Design | hard_skill | Service Blueprinting | UX Design, Customer Journey Mapping, Design Thinking
Human-Centered Design | hard_skill | HCD, Human-Centred Design, User-Centered Design, User-Centred Design, UCD | Design Thinking, UX Design, User Research
Design Thinking | hard_skill | | Human-Centered Design, Product Discovery, Service Design
Art Direction | hard_skill | Art Director | Creative Direction, Visual Design, Photography
Creative Direction | hard_skill | Creative Director | Art Direction, Branding, Creative Strategy
Mood Boards | hard_skill | Moodboarding | Art Direction, Visual Design
Fashion Design | hard_skill | Apparel Design | Textile Design, Fashion
Textile Design | hard_skill | Surface Pattern Design | Fashion Design, Print Design
Calligraphy | hard_skill | Hand Lettering | Typography, Illustration
Prepress | hard_skill | Pre-Press, Print Production | Print Design, Desktop Publishing

# ---------------------------------------------------------------- design: tools
Figma | tool | | FigJam, Sketch, Adobe XD, Prototyping
FigJam | tool | | Figma, Miro
=Sketch | tool | Sketch App | Figma, Adobe XD, InVision, Zeplin
Adobe XD | tool | Adobe Experience Design | Figma, Sketch, Prototyping
InVision | tool | InVision Studio, InVision App | Sketch, Figma, Prototyping
Zeplin | tool | | Figma, Sketch, Design Systems
=Framer | tool | | Figma, Webflow, Prototyping
Axure RP | tool | Axure | Prototyping, Wireframing, Balsamiq
Balsamiq | tool | Balsamiq Mockups | Wireframing, Axure RP
ProtoPie | tool | | Prototyping, Figma, Interaction Design
Adobe Creative Cloud | tool | Adobe Creative Suite, Adobe CC, Creative Cloud, Adobe Suite | Adobe Photoshop, Adobe Illustrator, Adobe InDesign
Adobe Photoshop | tool | Photoshop | Adobe Illustrator, Adobe Lightroom, Photo Editing, Adobe Creative Cloud
Adobe Illustrator | tool | =Illustrator | Adobe Photoshop, Adobe InDesign, Illustration, Logo Design
Adobe InDesign | tool | InDesign | Adobe Illustrator, Layout Design, Print Design, Editorial Design
Adobe After Effects | tool | =After Effects | Motion Graphics, Adobe Premiere Pro, Cinema 4D
Adobe Premiere Pro | tool | Premiere Pro, =Premiere | Video Editing, Adobe After Effects, Final Cut Pro
Adobe Lightroom | tool | Lightroom | Adobe Photoshop, Photo Editing, Photography
Adobe Animate | tool | Adobe Flash | 2D Animation, Adobe After Effects
Adobe Audition | tool | | Audio Editing, Adobe Premiere Pro, Pro Tools
Adobe Dreamweaver | tool | Dreamweaver | Web Design, Adobe Creative Cloud
Adobe Substance 3D | tool | Substance Painter, Substance 3D Painter, Substance Designer | Texturing, Blender, Autodesk Maya
Adobe Express | tool | Adobe Spark | Canva, Adobe Creative Cloud
Final Cut Pro | tool | Final Cut, FCPX | Video Editing, Adobe Premiere Pro, DaVinci Resolve
DaVinci Resolve | tool | | Color Grading, Video Editing, Final Cut Pro
Avid Media Composer | tool | Media Composer | Video Editing, Adobe Premiere Pro
Canva | tool | Canva Pro | Adobe Express, Graphic Design, Social Media Management
=Blender | tool | Blender 3D | 3D Modeling, 3D Animation, Cinema 4D, Autodesk Maya
Cinema 4D | tool | C4D, Maxon Cinema 4D | Motion Graphics, 3D Modeling, Adobe After Effects
Autodesk Maya | tool | | 3D Animation, 3D Modeling, Blender, Autodesk 3ds Max
Autodesk 3ds Max | tool | 3ds Max, 3D Studio Max | 3D Modeling, 3D Rendering, Autodesk Maya
ZBrush | tool | | 3D Modeling, Character Design, Blender
Houdini | tool | SideFX Houdini | Visual Effects, 3D Animation, Autodesk Maya
Procreate | tool | | Illustration, Adobe Fresco
Adobe Fresco | tool | | Illustration, Procreate
Affinity Designer | tool | | Adobe Illustrator, Affinity Photo
Affinity Photo | tool | | Adobe Photoshop, Affinity Designer
CorelDRAW | tool | Corel Draw | Adobe Illustrator, Graphic Design
=GIMP | tool | | Adobe Photoshop, Photo Editing, Inkscape
Inkscape | tool | | Adobe Illustrator, GIMP
QuarkXPress | tool | | Adobe InDesign, Desktop Publishing
Capture One | tool | | Adobe Lightroom, Photo Editing
=Miro | tool | RealtimeBoard | FigJam, Design Thinking
Descript | tool | | Podcasting, Audio Editing, Video Editing
CapCut | tool | | Video Editing, TikTok Marketing
iMovie | tool | | Video Editing, Final Cut Pro
=Pro Tools | tool | Avid Pro Tools | Audio Editing, Sound Design, Logic Pro
Logic Pro | tool | Logic Pro X | Pro Tools, Audio Editing
=Audacity | tool | | Audio Editing, Podcasting
Hotjar | tool | | Heatmap Analysis, FullStory, Conversion Rate Optimization
FullStory | tool | | Hotjar, Product Analytics
Crazy Egg | tool | CrazyEgg | Hotjar, Heatmap Analysis
Heatmap Analysis | hard_skill | Heatmaps, Session Recordings | Hotjar, Conversion Rate Optimization
UserTesting | tool | UserTesting.com | Usability Testing, Lookback, Optimal Workshop
Lookback | tool | Lookback.io | Usability Testing, UserTesting
Optimal Workshop | tool | OptimalSort, Treejack | Card Sorting, Usability Testing
=Maze | tool | Maze.co | Usability Testing, Prototyping

# ---------------------------------------------------------------- product management
Product Management | hard_skill | | Product Strategy, Product Roadmap, Product Discovery, Go-to-Market Strategy
Product Strategy | hard_skill | Product Vision | Product Management, Product Roadmap, Competitive Analysis
Product Roadmap | hard_skill | Roadmapping, Roadmap Planning | Product Strategy, Feature Prioritization, Productboard, Aha!
Product Discovery | hard_skill | Customer Discovery | User Interviews, Design Thinking, Lean Startup, Jobs to Be Done
Feature Prioritization | hard_skill | RICE Prioritization, MoSCoW Prioritization | Product Roadmap, Product Management
Product Requirements | hard_skill | Product Requirements Document, PRD | Requirements Gathering, User Stories, Product Management
Requirements Gathering | hard_skill | | Product Requirements, User Stories, User Interviews
User Stories | hard_skill | User Story Mapping, Story Mapping | Requirements Gathering, Product Requirements
Jobs to Be Done | hard_skill | JTBD, Jobs-to-be-Done Framework | Product Discovery, User Research
Minimum Viable Product | hard_skill | | Lean Startup, Product Discovery, Prototyping
Lean Startup | hard_skill | Lean Startup Methodology, Build-Measure-Learn | Minimum Viable Product, Product Discovery, Design Thinking
Product-Market Fit | hard_skill | PMF | Product Strategy, Product Discovery, Minimum Viable Product
Product-Led Growth | hard_skill | PLG | Growth Marketing, Product Analytics, Customer Onboarding
Product Launch | hard_skill | Launch Planning | Go-to-Market Strategy, Product Marketing
Go-to-Market Strategy | hard_skill | =GTM, Go-to-Market, GTM Strategy | Product Launch, Product Marketing, Market Segmentation
Product Analytics | hard_skill | Product Metrics | Mixpanel, Amplitude, Pendo, Heap
Product Operations | hard_skill | Product Ops | Product Management, Productboard
Customer Journey Mapping | hard_skill | Journey Mapping, User Journey Mapping, Customer Journey | Persona Development, Service Design, Customer Experience
Market Research | hard_skill | | Competitive Analysis, Consumer Insights, Focus Groups, Market Segmentation
Consumer Insights | hard_skill | Consumer Research, Customer Insights | Market Research, Voice of the Customer
Focus Groups | hard_skill | Focus Group Moderation | Market Research, User Interviews
Competitive Analysis | hard_skill | Competitor Analysis, Competitive Intelligence, Competitive Research | Market Research, Product Strategy
Pricing Strategy | hard_skill | | Product Marketing, Product Strategy
OKRs | hard_skill | Objectives and Key Results | Product Strategy, Product Roadmap
Mixpanel | tool | | Amplitude, Product Analytics, Heap
=Amplitude | tool | Amplitude Analytics | Mixpanel, Product Analytics, Pendo
=Pendo | tool | Pendo.io | Product Analytics, Amplitude, Customer Onboarding
=Heap | tool | Heap Analytics | Product Analytics, Mixpanel
Productboard | tool | | Aha!, Product Roadmap, Feature Prioritization
=Aha! | tool | Aha! Roadmaps | Productboard, Product Roadmap, ProductPlan
ProductPlan | tool | | Product Roadmap, Aha!, Productboard
Trello | tool | | Asana, Monday.com, Notion
Asana | tool | | Trello, Monday.com, Notion
Monday.com | tool | monday.com Work Management | Asana, Trello, Notion
=Notion | tool | Notion.so | Trello, Asana, Monday.com
Optimizely | tool | | VWO, Conversion Rate Optimization, Landing Page Optimization
VWO | tool | Visual Website Optimizer | Optimizely, Conversion Rate Optimization

# ---------------------------------------------------------------- marketing: disciplines
Digital Marketing | hard_skill | Online Marketing, Internet Marketing | Search Engine Optimization, Social Media Marketing, Email Marketing, Pay-Per-Click Advertising
Marketing Strategy | hard_skill | Marketing Plan | Digital Marketing, Brand Strategy, Market Segmentation
Integrated Marketing | hard_skill | Integrated Marketing Communications, IMC | Marketing Communications, Omnichannel Marketing
Marketing Communications | hard_skill | MarCom, MarComms | Integrated Marketing, Public Relations, Copywriting
Omnichannel Marketing | hard_skill | Multichannel Marketing, Cross-Channel Marketing | Integrated Marketing, Digital Marketing
Content Marketing | hard_skill | | Content Strategy, Content Creation, Search Engine Optimization, Blogging
Content Strategy | hard_skill | | Content Marketing, Editorial Calendar, Search Engine Optimization
Content Creation | hard_skill | Content Production | Content Marketing, Copywriting, Video Production
Content Curation | hard_skill | | Content Marketing, Social Media Management
Content Syndication | hard_skill | | Content Marketing, Demand Generation
Editorial Calendar | hard_skill | Content Calendar | Content Strategy, Social Media Management
Social Media Marketing | hard_skill | SMM | Social Media Management, Social Media Advertising, Influencer Marketing, Content Marketing
Social Media Advertising | hard_skill | Paid Social, Paid Social Media | Facebook Ads, LinkedIn Ads, TikTok Ads, Social Media Marketing
Social Media Strategy | hard_skill | | Social Media Marketing, Social Media Management
Social Media Management | hard_skill | | Social Media Marketing, Community Management, Hootsuite, Sprout Social
Social Media Analytics | hard_skill | Social Analytics | Social Listening, Social Media Management, Marketing Analytics
Social Listening | hard_skill | Social Media Monitoring | Brandwatch, Sprinklr, Social Media Analytics
Email Marketing | hard_skill | Email Campaigns, E-mail Marketing | Marketing Automation, Mailchimp, Klaviyo, Lifecycle Marketing
Email Deliverability | hard_skill | | Email Marketing, Marketing Automation
Lifecycle Marketing | hard_skill | CRM Marketing | Email Marketing, Retention Marketing, Marketing Automation
Retention Marketing | hard_skill | | Lifecycle Marketing, Customer Retention, Loyalty Programs
Loyalty Programs | hard_skill | Loyalty Marketing, Customer Loyalty Programs, Rewards Programs | Retention Marketing, Customer Retention
SMS Marketing | hard_skill | Text Message Marketing | Mobile Marketing, Email Marketing
Mobile Marketing | hard_skill | App Marketing, Mobile App Marketing | SMS Marketing, App Store Optimization
App Store Optimization | hard_skill | ASO | Mobile Marketing, Search Engine Optimization
Search Engine Optimization | hard_skill | SEO | Search Engine Marketing, Content Marketing, Keyword Research, Technical SEO
Technical SEO | hard_skill | | Search Engine Optimization, Google Search Console, Screaming Frog
On-Page SEO | hard_skill | On-Page Optimization | Search Engine Optimization, Keyword Research
Local SEO | hard_skill | | Search Engine Optimization
Google Business Profile | tool | Google My Business, =GMB | Local SEO, Search Engine Optimization
Link Building | hard_skill | Backlink Building, Off-Page SEO | Search Engine Optimization, Ahrefs
Keyword Research | hard_skill | | Search Engine Optimization, SEMrush, Ahrefs, Search Engine Marketing
SEO Copywriting | hard_skill | SEO Writing | Copywriting, Search Engine Optimization, Content Writing
Search Engine Marketing | hard_skill | SEM, Paid Search | Pay-Per-Click Advertising, Google Ads, Search Engine Optimization
Pay-Per-Click Advertising | hard_skill | PPC, Pay-Per-Click, PPC Advertising | Search Engine Marketing, Google Ads, Microsoft Advertising
Display Advertising | hard_skill | Banner Advertising, Google Display Network, GDN | Programmatic Advertising, Retargeting, Google Ads
Programmatic Advertising | hard_skill | Programmatic Media Buying | Display Advertising, The Trade Desk, Display & Video 360
Native Advertising | hard_skill | Sponsored Content | Display Advertising, Content Marketing
Video Advertising | hard_skill | YouTube Advertising, YouTube Ads | Display Advertising, Video Production
Retargeting | hard_skill | Remarketing | Display Advertising, Pay-Per-Click Advertising
Media Planning | hard_skill | | Media Buying, Advertising, Programmatic Advertising
Media Buying | hard_skill | Media Buyer | Media Planning, Programmatic Advertising
Marketing Automation | hard_skill | | HubSpot, Marketo, Pardot, Email Marketing
Lead Nurturing | hard_skill | Drip Campaigns, Nurture Campaigns | Marketing Automation, Lead Scoring, Email Marketing
Lead Scoring | hard_skill | | Lead Nurturing, Marketing Automation, Lead Qualification
Marketing Analytics | hard_skill | Marketing Metrics | Google Analytics, Attribution Modeling, Campaign Management
Attribution Modeling | hard_skill | Marketing Attribution, Multi-Touch Attribution | Marketing Analytics, Marketing Mix Modeling
Marketing Mix Modeling | hard_skill | Media Mix Modeling, =MMM | Attribution Modeling, Marketing Analytics
Conversion Rate Optimization | hard_skill | CRO | Landing Page Optimization, Optimizely, Hotjar, Growth Marketing
Landing Page Optimization | hard_skill | Landing Pages | Conversion Rate Optimization, Unbounce
Growth Marketing | hard_skill | Growth Hacking | Performance Marketing, Conversion Rate Optimization, Customer Acquisition
Performance Marketing | hard_skill | | Growth Marketing, Pay-Per-Click Advertising, Affiliate Marketing
Affiliate Marketing | hard_skill | Affiliate Management | Performance Marketing, Influencer Marketing, CJ Affiliate
Influencer Marketing | hard_skill | Influencer Relations, Creator Marketing | Social Media Marketing, Affiliate Marketing
TikTok Marketing | hard_skill | | TikTok Ads, Social Media Marketing
User-Generated Content | hard_skill | UGC | Social Media Marketing, Influencer Marketing
Referral Marketing | hard_skill | Word-of-Mouth Marketing, Referral Programs | Growth Marketing, Customer Advocacy
Viral Marketing | hard_skill | | Social Media Marketing, Growth Marketing
Brand Management | hard_skill | Brand Marketing | Brand Strategy, Branding, Brand Positioning
Brand Strategy | hard_skill | | Brand Management, Brand Positioning, Branding
Brand Positioning | hard_skill | Messaging and Positioning, Product Positioning | Brand Strategy, Value Proposition, Product Marketing
Value Proposition | hard_skill | Messaging Framework | Brand Positioning, Product Marketing
Product Marketing | hard_skill | | Go-to-Market Strategy, Brand Positioning, Product Launch, Sales Enablement
Event Marketing | hard_skill | Experiential Marketing | Trade Shows, Field Marketing, Sponsorships
Trade Shows | hard_skill | Tradeshows, Trade Show Management | Event Marketing, Field Marketing
Field Marketing | hard_skill | | Event Marketing, Account-Based Marketing, Channel Marketing
Channel Marketing | hard_skill | Partner Marketing | Channel Sales, Field Marketing, Co-Marketing
Co-Marketing | hard_skill | Co-Branding, Joint Marketing | Channel Marketing, Partnerships
Trade Marketing | hard_skill | Shopper Marketing | Category Management, Consumer Goods, Retail
Category Management | hard_skill | | Trade Marketing, Merchandising, Retail
Sponsorships | hard_skill | Sponsorship Management, Sponsorship Sales | Event Marketing, Partnerships
Direct Marketing | hard_skill | Direct Response Marketing, Direct Response | Direct Mail, Email Marketing
Direct Mail | hard_skill | Direct Mail Campaigns | Direct Marketing, Print Design
Guerrilla Marketing | hard_skill | | Event Marketing, Viral Marketing
Inbound Marketing | hard_skill | | Content Marketing, HubSpot, Lead Generation
Outbound Marketing | hard_skill | | Lead Generation, Cold Emailing
Copywriting | hard_skill | Ad Copy | Content Writing, SEO Copywriting, Creative Strategy
Creative Strategy | hard_skill | Creative Briefs | Copywriting, Creative Direction, Brand Strategy
Campaign Management | hard_skill | Marketing Campaigns, Campaign Planning, Campaign Execution | Marketing Strategy, Marketing Analytics, Marketing Automation
Market Segmentation | hard_skill | Customer Segmentation, Audience Segmentation | Persona Development, Market Research, Account-Based Marketing
Customer Acquisition | hard_skill | User Acquisition | Growth Marketing, Lead Generation, Performance Marketing
Lead Generation | hard_skill | Lead Gen | Demand Generation, Prospecting, Inbound Marketing
Demand Generation | hard_skill | Demand Gen | Lead Generation, Account-Based Marketing, Marketing Automation
Account-Based Marketing | hard_skill | ABM | Demand Generation, 6sense, Demandbase, Field Marketing
Public Relations | hard_skill | | Media Relations, Press Releases, Crisis Communications, Corporate Communications
Media Relations | hard_skill | Press Relations | Public Relations, Media Pitching, Press Releases
Media Pitching | hard_skill | Pitching to Media, Story Pitching | Media Relations, Public Relations
Press Releases | hard_skill | Press Release Writing, News Releases | Public Relations, Media Relations, PR Newswire
Media Monitoring | hard_skill | Press Monitoring | Meltwater, Cision, Media Relations
Reputation Management | hard_skill | Online Reputation Management | Public Relations, Crisis Communications, Social Listening
Advertising Campaigns | hard_skill | Ad Campaigns | Campaign Management, Advertising, Media Planning

# ---------------------------------------------------------------- marketing: ads platforms and tools
Google Ads | tool | Google AdWords, AdWords | Pay-Per-Click Advertising, Search Engine Marketing, Google Ads Certification
Microsoft Advertising | tool | Bing Ads, Microsoft Ads | Google Ads, Pay-Per-Click Advertising
Facebook Ads | tool | Meta Ads, Facebook Advertising, Meta Ads Manager, Facebook Ads Manager, Instagram Ads | Social Media Advertising, Meta Certified Digital Marketing Associate
LinkedIn Ads | tool | LinkedIn Advertising, LinkedIn Campaign Manager | Social Media Advertising, Account-Based Marketing
TikTok Ads | tool | TikTok Ads Manager, TikTok Advertising | Social Media Advertising, TikTok Marketing
Twitter Ads | tool | =X Ads, Twitter Advertising | Social Media Advertising
Pinterest Ads | tool | Pinterest Advertising | Social Media Advertising
Snapchat Ads | tool | Snapchat Advertising | Social Media Advertising
Amazon Advertising | tool | Amazon Ads, Amazon Sponsored Products, Amazon PPC | Amazon Seller Central, Pay-Per-Click Advertising
Display & Video 360 | tool | DV360, Google DV360 | Programmatic Advertising, Google Marketing Platform
Google Marketing Platform | tool | Google Campaign Manager 360, Campaign Manager 360, DoubleClick | Display & Video 360, Google Analytics
Google Ad Manager | tool | DoubleClick for Publishers, DFP | Advertising Sales, Display Advertising
The Trade Desk | tool | TradeDesk | Programmatic Advertising, Display & Video 360
Google Analytics | tool | GA4, Universal Analytics, Google Analytics 4 | Google Tag Manager, Marketing Analytics, Google Analytics Certification
Google Tag Manager | tool | | Google Analytics, Marketing Analytics
Google Search Console | tool | Google Webmaster Tools | Search Engine Optimization, Technical SEO
Google Merchant Center | tool | Google Shopping, Google Shopping Ads | E-Commerce, Google Ads
Adobe Analytics | tool | Omniture, SiteCatalyst | Google Analytics, Marketing Analytics
Adobe Experience Manager | tool | =AEM, Adobe AEM | WordPress, Adobe Campaign
Adobe Campaign | tool | Adobe Campaign Classic | Marketing Automation, Adobe Experience Manager
HubSpot | tool | HubSpot CRM, HubSpot Marketing Hub, HubSpot Sales Hub, HubSpot Service Hub | Marketing Automation, Inbound Marketing, Customer Relationship Management
Marketo | tool | Adobe Marketo Engage, Marketo Engage | Marketing Automation, Pardot, Eloqua
Pardot | tool | Salesforce Pardot, Marketing Cloud Account Engagement | Marketo, Salesforce, Marketing Automation
Eloqua | tool | Oracle Eloqua | Marketo, Marketing Automation
Salesforce Marketing Cloud | tool | =SFMC, ExactTarget, Marketing Cloud | Email Marketing, Marketing Automation, Salesforce
Mailchimp | tool | | Email Marketing, Klaviyo, Constant Contact
Klaviyo | tool | | Email Marketing, Shopify, Mailchimp
Constant Contact | tool | | Email Marketing, Mailchimp
ActiveCampaign | tool | Active Campaign | Email Marketing, Marketing Automation
Campaign Monitor | tool | | Email Marketing, Mailchimp
Brevo | tool | Sendinblue | Email Marketing, Mailchimp
=Braze | tool | Appboy | Lifecycle Marketing, Iterable, Mobile Marketing
=Iterable | tool | | Braze, Lifecycle Marketing
Customer.io | tool | | Lifecycle Marketing, Braze
=Litmus | tool | | Email Design, Email Marketing
Keap | tool | Infusionsoft | Marketing Automation, Customer Relationship Management
Hootsuite | tool | | Social Media Management, Buffer, Sprout Social
=Buffer | tool | Buffer App | Hootsuite, Social Media Management
Sprout Social | tool | | Hootsuite, Social Media Management, Social Listening
Sprinklr | tool | | Social Listening, Social Media Management
Brandwatch | tool | | Social Listening, Meltwater
Meltwater | tool | | Media Monitoring, Cision, Brandwatch
Cision | tool | Cision PR Newswire | Media Relations, Meltwater, PR Newswire
Muck Rack | tool | MuckRack | Media Relations, Cision
PR Newswire | tool | | Press Releases, Cision, Business Wire
Business Wire | tool | BusinessWire | Press Releases, PR Newswire
SEMrush | tool | | Ahrefs, Moz, Search Engine Optimization, Keyword Research
Ahrefs | tool | | SEMrush, Moz, Link Building
=Moz | tool | Moz Pro | SEMrush, Ahrefs, Search Engine Optimization
Screaming Frog | tool | Screaming Frog SEO Spider | Technical SEO, SEMrush
Yoast SEO | tool | Yoast | WordPress, Search Engine Optimization
Similarweb | tool | | Competitive Analysis, SEMrush
Unbounce | tool | | Landing Page Optimization, Instapage
Instapage | tool | | Landing Page Optimization, Unbounce
CJ Affiliate | tool | Commission Junction | Affiliate Marketing, ShareASale
ShareASale | tool | | Affiliate Marketing, CJ Affiliate
Impact.com | tool | Impact Radius | Affiliate Marketing, CJ Affiliate

# ---------------------------------------------------------------- web and commerce platforms
WordPress | tool | WordPress.com, WordPress.org | Webflow, Yoast SEO, Web Design
Webflow | tool | | WordPress, Framer, Web Design
=Wix | tool | Wix.com | Squarespace, WordPress
Squarespace | tool | | Wix, WordPress
Shopify | tool | Shopify Plus | WooCommerce, BigCommerce, E-Commerce
WooCommerce | tool | | Shopify, WordPress, E-Commerce
BigCommerce | tool | | Shopify, Magento
Magento | tool | Adobe Commerce | Shopify, BigCommerce, E-Commerce
Salesforce Commerce Cloud | tool | Demandware, =SFCC | Magento, Shopify, E-Commerce
Amazon Seller Central | tool | Seller Central, Amazon Vendor Central, Vendor Central | Amazon Advertising, Marketplaces
E-Commerce Management | hard_skill | Online Store Management, E-Commerce Operations | E-Commerce, Shopify, Marketplaces
Product Listing Optimization | hard_skill | Listing Optimization | Amazon Seller Central, E-Commerce Management

# ---------------------------------------------------------------- sales and business development
Sales | hard_skill | | B2B Sales, Business Development, Account Management
B2B Sales | hard_skill | Business-to-Business Sales | Enterprise Sales, B2B, Solution Selling
B2C Sales | hard_skill | Business-to-Consumer Sales, Consumer Sales | Retail Sales, B2C
Inside Sales | hard_skill | | Outside Sales, Cold Calling, Telesales
Outside Sales | hard_skill | | Field Sales, Inside Sales, Territory Management
Field Sales | hard_skill | | Outside Sales, Territory Management
Enterprise Sales | hard_skill | Enterprise Account Management | B2B Sales, Key Account Management, Solution Selling
SaaS Sales | hard_skill | Software Sales, Technology Sales | Enterprise Sales, B2B Sales
Advertising Sales | hard_skill | Ad Sales, Media Sales | Sales, Advertising
Telesales | hard_skill | Telemarketing, Phone Sales | Inside Sales, Cold Calling
Door-to-Door Sales | hard_skill | Canvassing | Outside Sales, B2C Sales
Inbound Sales | hard_skill | | Inside Sales, Lead Qualification
Outbound Sales | hard_skill | Outbound Prospecting | Prospecting, Cold Calling, Cold Emailing
Solution Selling | hard_skill | Solution Sales | Consultative Selling, Value-Based Selling
Consultative Selling | hard_skill | Consultative Sales | Solution Selling, Value-Based Selling
Value-Based Selling | hard_skill | Value Selling | Solution Selling, Consultative Selling
Social Selling | hard_skill | | LinkedIn Sales Navigator, Prospecting
SPIN Selling | hard_skill | | Consultative Selling, Solution Selling
Challenger Sale | hard_skill | Challenger Selling, Challenger Sales Model | Solution Selling, Consultative Selling
MEDDIC | hard_skill | MEDDPICC, MEDDICC | Lead Qualification, Enterprise Sales
Sandler Selling System | hard_skill | Sandler Sales | Consultative Selling
Lead Qualification | hard_skill | Sales Qualification, BANT | MEDDIC, Lead Scoring, Prospecting
Cold Calling | hard_skill | | Prospecting, Inside Sales, Telesales
Cold Emailing | hard_skill | Cold Outreach, Email Prospecting | Prospecting, Outreach, Cold Calling
Prospecting | hard_skill | Sales Prospecting | Lead Generation, Cold Calling, LinkedIn Sales Navigator
Pipeline Management | hard_skill | Sales Pipeline Management, Sales Pipeline | Sales Forecasting, Customer Relationship Management
Sales Forecasting | hard_skill | Revenue Forecasting | Pipeline Management, Clari, Sales Operations
Account Management | hard_skill | | Key Account Management, Customer Success, Upselling
Key Account Management | hard_skill | KAM, Key Accounts | Strategic Account Management, Account Management
Strategic Account Management | hard_skill | Strategic Accounts | Key Account Management, Enterprise Sales
Territory Management | hard_skill | Territory Planning, Sales Territory Management | Outside Sales, Field Sales
Upselling | hard_skill | | Cross-Selling, Account Management, Customer Success
Cross-Selling | hard_skill | | Upselling, Account Management
Business Development | hard_skill | BizDev | Partnerships, Lead Generation, Sales
Partnerships | hard_skill | Strategic Partnerships, Strategic Alliances, Alliance Management | Business Development, Channel Sales, Co-Marketing
Channel Sales | hard_skill | Indirect Sales, Reseller Sales | Channel Partner Management, Channel Marketing, Partnerships
Channel Partner Management | hard_skill | Partner Management, Reseller Management | Channel Sales, Partnerships
Retail Sales | hard_skill | | Merchandising, B2C Sales, Retail
Merchandising | hard_skill | Merchandise Planning | Visual Merchandising, Retail Sales, Category Management
Visual Merchandising | hard_skill | Window Display, Store Displays | Merchandising, Retail
Sales Operations | hard_skill | Sales Ops | Revenue Operations, Sales Forecasting, Salesforce
Revenue Operations | hard_skill | RevOps | Sales Operations, Marketing Operations
Marketing Operations | hard_skill | Marketing Ops, MOps | Revenue Operations, Marketing Automation
Sales Enablement | hard_skill | | Highspot, Sales Training, Product Marketing
Sales Training | hard_skill | Sales Coaching | Sales Enablement, Sales Management
Sales Management | hard_skill | Sales Leadership | Sales Strategy, Sales Training, Pipeline Management
Sales Strategy | hard_skill | Sales Planning | Sales Management, Go-to-Market Strategy
Quota Attainment | hard_skill | Quota Achievement, Exceeded Quota | Sales, Pipeline Management
Product Demonstrations | hard_skill | Product Demos, Sales Demos, Software Demos | Solution Selling, Sales Engineering
Sales Engineering | hard_skill | Presales, Pre-Sales, Solutions Consulting | Product Demonstrations, Enterprise Sales
Proposal Writing | hard_skill | RFP Responses, RFP Writing, Sales Proposals | Sales, Grant Writing, Business Development
Customer Relationship Management | hard_skill | CRM | Salesforce, HubSpot, Pipeline Management, Account Management
Salesforce | tool | SFDC, Salesforce.com, Salesforce CRM | Customer Relationship Management, Salesforce Sales Cloud, Salesforce Certified Administrator
Salesforce Sales Cloud | tool | Sales Cloud | Salesforce, Pipeline Management
Salesforce Service Cloud | tool | Service Cloud | Salesforce, Zendesk, Customer Support
Salesforce CPQ | tool | Salesforce Configure Price Quote | Salesforce, Sales Operations
Zoho CRM | tool | | Salesforce, HubSpot, Pipedrive
Pipedrive | tool | | Zoho CRM, HubSpot, Customer Relationship Management
Microsoft Dynamics 365 | tool | Dynamics 365, Dynamics CRM, Microsoft Dynamics CRM | Salesforce, Customer Relationship Management
Freshsales | tool | Freshworks CRM | Freshdesk, Pipedrive
Insightly | tool | | Customer Relationship Management, Zoho CRM
SugarCRM | tool | Sugar CRM | Customer Relationship Management, Salesforce
=Outreach | tool | Outreach.io | Salesloft, Cold Emailing, Sales Engagement
Salesloft | tool | | Outreach, Sales Engagement
Sales Engagement | hard_skill | Sales Cadences, Sales Sequences | Outreach, Salesloft, Prospecting
LinkedIn Sales Navigator | tool | Sales Navigator | Social Selling, Prospecting, ZoomInfo
ZoomInfo | tool | DiscoverOrg | Prospecting, Apollo.io, LinkedIn Sales Navigator
Apollo.io | tool | | ZoomInfo, Prospecting
Lusha | tool | | ZoomInfo, Prospecting
Seamless.AI | tool | | ZoomInfo, Prospecting
Cognism | tool | | ZoomInfo, Prospecting
=Gong | tool | Gong.io | Chorus.ai, Sales Training, Clari
Chorus.ai | tool | ZoomInfo Chorus | Gong, Sales Training
Clari | tool | | Sales Forecasting, Gong
Highspot | tool | | Sales Enablement
Showpad | tool | | Sales Enablement, Highspot
Vidyard | tool | | Video Marketing, Prospecting
Yesware | tool | | Cold Emailing, Outreach
PandaDoc | tool | | Proposal Writing, Salesforce
6sense | tool | | Account-Based Marketing, Demandbase
Demandbase | tool | | Account-Based Marketing, 6sense
Bombora | tool | | Account-Based Marketing, 6sense
RollWorks | tool | | Account-Based Marketing, Demandbase
=Drift | tool | Drift Chat | Conversational Marketing, Intercom
Conversational Marketing | hard_skill | Chatbot Marketing | Drift, Intercom, Lead Generation
Video Marketing | hard_skill | | Video Production, Content Marketing, Video Advertising

# ---------------------------------------------------------------- customer service and success
Customer Service | hard_skill | Customer Care | Customer Support, Customer Experience, Complaint Resolution
Customer Support | hard_skill | | Customer Service, Zendesk, Freshdesk
Live Chat Support | hard_skill | Chat Support, Live Chat | Customer Support, Intercom, LiveChat
Phone Support | hard_skill | Inbound Calls, Telephone Support | Call Center, Customer Service
Omnichannel Support | hard_skill | Multichannel Support | Customer Support, Live Chat Support, Call Center
Customer Success | hard_skill | Customer Success Management | Customer Retention, Customer Onboarding, Account Management, Gainsight
Customer Experience | hard_skill | =CX, Customer Experience Management | Customer Journey Mapping, Voice of the Customer, Net Promoter Score
Client Relations | hard_skill | Client Services, Client Relationship Management, Client Management | Account Management, Customer Service
Call Center | hard_skill | Contact Center, Call Centre, Contact Centre | Phone Support, Customer Service, Five9
Complaint Resolution | hard_skill | Complaint Handling, Complaint Management | Customer Service, Escalation Management
Escalation Management | hard_skill | Escalation Handling, Issue Escalation | Complaint Resolution, Customer Support
Service Recovery | hard_skill | | Complaint Resolution, Customer Retention
Customer Retention | hard_skill | Churn Reduction, Churn Prevention, Churn Management | Customer Success, Retention Marketing, Renewals
Renewals | hard_skill | Renewal Management, Contract Renewals, Subscription Renewals | Customer Retention, Account Management
Customer Onboarding | hard_skill | Client Onboarding, User Onboarding | Customer Success, Product-Led Growth, Pendo
Customer Advocacy | hard_skill | Customer References, Reference Programs | Customer Success, Referral Marketing
Voice of the Customer | hard_skill | VoC, Voice of Customer | Customer Experience, Net Promoter Score, Consumer Insights
Quarterly Business Reviews | hard_skill | =QBR, QBRs | Customer Success, Account Management
Customer Health Scoring | hard_skill | | Customer Success, Gainsight
Net Promoter Score | hard_skill | =NPS | Customer Satisfaction, Customer Experience, Voice of the Customer
Customer Satisfaction | hard_skill | =CSAT, CSAT Surveys | Net Promoter Score, Customer Effort Score, Customer Service
Customer Effort Score | hard_skill | | Customer Satisfaction, Net Promoter Score
Zendesk | tool | Zendesk Support | Freshdesk, Customer Support, Intercom
Freshdesk | tool | | Zendesk, Customer Support, Freshsales
Zoho Desk | tool | | Zendesk, Freshdesk
Help Scout | tool | HelpScout | Zendesk, Customer Support
=Intercom | tool | Intercom.io | Live Chat Support, Zendesk, Drift
Kustomer | tool | | Zendesk, Gorgias
Gorgias | tool | | Zendesk, Shopify, Customer Support
LiveChat | tool | LiveChat Inc | Live Chat Support, Intercom
Gainsight | tool | | Customer Success, Totango, ChurnZero
Totango | tool | | Gainsight, Customer Success
ChurnZero | tool | | Gainsight, Customer Retention
Medallia | tool | | Customer Experience, Voice of the Customer, Net Promoter Score
Talkdesk | tool | | Call Center, Five9
Five9 | tool | | Call Center, Talkdesk, Genesys Cloud
Genesys Cloud | tool | Genesys, Genesys PureCloud | Call Center, Five9
NICE CXone | tool | inContact, NICE inContact | Call Center, Five9
Aircall | tool | | Phone Support, Call Center

# ---------------------------------------------------------------- communications, writing, media and publishing
Journalism | hard_skill | News Reporting | News Writing, Investigative Journalism, Editing, AP Style
News Writing | hard_skill | | Journalism, AP Style
Investigative Journalism | hard_skill | Investigative Reporting | Journalism, Fact-Checking
Broadcast Journalism | hard_skill | | Journalism, Broadcasting
Photojournalism | hard_skill | | Photography, Journalism
Feature Writing | hard_skill | Long-Form Writing | Journalism, Creative Writing
Fact-Checking | hard_skill | Fact Verification | Journalism, Editing
Editing | hard_skill | | Copy Editing, Proofreading, Developmental Editing
Copy Editing | hard_skill | Copyediting, Copy Editor | Editing, Proofreading, AP Style
Developmental Editing | hard_skill | Manuscript Editing, Substantive Editing, Line Editing | Editing, Publishing
Proofreading | hard_skill | | Copy Editing, Editing
Technical Writing | hard_skill | Technical Writer | Content Writing, Editing, UX Writing
UX Writing | hard_skill | Microcopy, Content Design | Technical Writing, UX Design, Copywriting
Content Writing | hard_skill | Web Content Writing, Article Writing | Copywriting, Blogging, SEO Copywriting
Creative Writing | hard_skill | Fiction Writing | Storytelling, Screenwriting
Grant Writing | hard_skill | Grant Proposals, Grant Applications | Proposal Writing, Fundraising Communications
Fundraising Communications | hard_skill | Donor Communications, Appeal Writing | Grant Writing, Copywriting
Storytelling | hard_skill | Brand Storytelling, Narrative Development | Creative Writing, Content Marketing, Copywriting
Speechwriting | hard_skill | Speech Writing | Executive Communications, Corporate Communications
Ghostwriting | hard_skill | Ghost Writing | Content Writing, Executive Communications
Screenwriting | hard_skill | Scriptwriting, Script Writing | Creative Writing, Video Production
Blogging | hard_skill | Blog Writing, Blogger | Content Writing, WordPress, Content Marketing
Newsletter Writing | hard_skill | Newsletters | Email Marketing, Content Writing
Internal Communications | hard_skill | Employee Communications, Internal Comms | Corporate Communications, Executive Communications
Corporate Communications | hard_skill | Corporate Comms | Public Relations, Internal Communications, Crisis Communications
Executive Communications | hard_skill | Executive Comms | Corporate Communications, Speechwriting
Crisis Communications | hard_skill | Crisis Comms, Crisis Communication Planning | Public Relations, Reputation Management
Public Affairs | hard_skill | | Public Relations, Corporate Communications
Social Media Content | hard_skill | Social Media Copywriting, Social Content | Social Media Management, Content Creation
Community Management | hard_skill | Online Community Management, Community Building | Social Media Management, Customer Advocacy
Content Moderation | hard_skill | | Community Management, Social Media Management
Video Production | hard_skill | Film Production, Filmmaking | Video Editing, Cinematography, Post-Production, Storyboarding
Videography | hard_skill | Videographer | Video Production, Cinematography, Video Editing
Cinematography | hard_skill | Camera Operation | Video Production, Videography
Post-Production | hard_skill | | Video Editing, Color Grading, Visual Effects
Color Grading | hard_skill | Color Correction, Colour Grading | DaVinci Resolve, Post-Production
Visual Effects | hard_skill | =VFX | Compositing, Houdini, Post-Production
Compositing | hard_skill | Nuke Compositing | Visual Effects, Adobe After Effects
=Nuke | tool | Foundry Nuke, NukeX | Compositing, Visual Effects
Sound Design | hard_skill | | Audio Editing, Pro Tools
Audio Editing | hard_skill | Audio Production, Audio Mixing | Podcasting, Adobe Audition, Sound Design
Voice-Over | hard_skill | Voiceover, Voice Acting | Audio Editing, Podcasting
Podcasting | hard_skill | Podcast Production, Podcast Host | Audio Editing, Broadcasting, Descript
Broadcasting | hard_skill | Broadcast Production, Radio Broadcasting, Television Broadcasting | Broadcast Journalism, Video Production, Podcasting
Live Streaming | hard_skill | Livestreaming, Live Stream Production | Broadcasting, Video Production
Desktop Publishing | hard_skill | =DTP | Adobe InDesign, Layout Design, Prepress
Digital Publishing | hard_skill | Online Publishing, E-Publishing | Publishing, WordPress, Desktop Publishing
Circulation Management | hard_skill | | Publishing, Audience Development
Audience Development | hard_skill | Audience Growth, Audience Engagement | Circulation Management, Social Media Marketing
AP Style | hard_skill | Associated Press Style, AP Stylebook | Chicago Manual of Style, Copy Editing, Journalism
Chicago Manual of Style | hard_skill | Chicago Style | AP Style, Copy Editing

# ---------------------------------------------------------------- domains
E-Commerce | domain | Ecommerce, Online Retail, Electronic Commerce | Retail, Marketplaces, D2C, Shopify
Retail | domain | Retail Industry | E-Commerce, Consumer Goods, Retail Sales
Advertising | domain | Advertising Industry, Ad Agency, Advertising Agency | Media, AdTech, Media Planning
AdTech | domain | Advertising Technology, Ad Tech | Advertising, MarTech, Programmatic Advertising
MarTech | domain | Marketing Technology, Mar Tech | AdTech, Marketing Automation
Media | domain | Media Industry, Digital Media | Entertainment, Publishing, Advertising
Entertainment | domain | Entertainment Industry, Media and Entertainment | Media, Film and Television, Music Industry
Film and Television | domain | Film Industry, Television Industry, TV Production | Entertainment, Video Production
Music Industry | domain | Music Business | Entertainment, Media
Publishing | domain | Publishing Industry, Book Publishing, Magazine Publishing | Media, Editing, Digital Publishing
Consumer Goods | domain | =CPG, =FMCG, Consumer Packaged Goods, Fast-Moving Consumer Goods | Retail, Trade Marketing, Category Management
Fashion | domain | Fashion Industry, Apparel Industry | Retail, Fashion Design, Luxury Goods
Luxury Goods | domain | Luxury Brands, Luxury Retail | Fashion, Retail
Beauty and Cosmetics | domain | Beauty Industry, Cosmetics Industry | Consumer Goods, Retail
B2B | domain | Business-to-Business | B2B Sales, B2C
B2C | domain | Business-to-Consumer | B2C Sales, B2B, D2C
D2C | domain | =DTC, Direct-to-Consumer | E-Commerce, B2C
Marketplaces | domain | Online Marketplaces, Two-Sided Marketplaces | E-Commerce, Amazon Seller Central

# ---------------------------------------------------------------- certifications
Google Ads Certification | certification | Google Ads Certified, Google AdWords Certification, Google Ads Search Certification | Google Ads, Google Analytics Certification
Google Analytics Certification | certification | =GAIQ, Google Analytics Individual Qualification, Google Analytics Certified | Google Analytics, Google Ads Certification
HubSpot Inbound Marketing Certification | certification | HubSpot Inbound Certification, HubSpot Inbound Marketing Certified | HubSpot, Inbound Marketing
HubSpot Content Marketing Certification | certification | HubSpot Content Marketing Certified | HubSpot, Content Marketing
HubSpot Email Marketing Certification | certification | | HubSpot, Email Marketing
HubSpot Social Media Marketing Certification | certification | HubSpot Social Media Certification | HubSpot, Social Media Marketing
Salesforce Certified Administrator | certification | Salesforce Administrator Certification, Salesforce Admin Certification, Salesforce Certified Admin | Salesforce, Salesforce Certified Sales Cloud Consultant
Salesforce Certified Sales Cloud Consultant | certification | Sales Cloud Consultant Certification | Salesforce Sales Cloud, Salesforce Certified Administrator
Salesforce Certified Marketing Cloud Email Specialist | certification | Marketing Cloud Email Specialist | Salesforce Marketing Cloud
Marketo Certified Expert | certification | Adobe Marketo Engage Certified, Marketo Certified Associate | Marketo
Meta Certified Digital Marketing Associate | certification | Facebook Blueprint, Meta Blueprint, Facebook Certified Digital Marketing Associate | Facebook Ads, Meta Certified Media Buying Professional
Meta Certified Media Buying Professional | certification | Facebook Certified Media Buying Professional | Facebook Ads, Media Buying
Hootsuite Social Marketing Certification | certification | Hootsuite Certified | Hootsuite, Social Media Marketing
Google Digital Marketing and E-commerce Certificate | certification | Google Digital Marketing Certificate | Digital Marketing, Google Ads Certification
Certified Digital Marketing Professional | certification | DMI Certified Digital Marketing Professional | Digital Marketing
Professional Certified Marketer | certification | AMA Professional Certified Marketer | Marketing Strategy
Certified Product Manager | certification | AIPMM Certified Product Manager | Product Management, Certified Product Marketing Manager
Certified Product Marketing Manager | certification | CPMM | Product Marketing, Certified Product Manager
Pragmatic Institute Certification | certification | Pragmatic Institute Certified, Pragmatic Marketing Certified, Pragmatic Marketing Certification | Product Management, Product Marketing
Nielsen Norman Group UX Certification | certification | NN/g UX Certification, NN/g UX Certified, NNg UX Certification | UX Design, User Research
Google UX Design Professional Certificate | certification | Google UX Design Certificate | UX Design, Nielsen Norman Group UX Certification
CPACC | certification | Certified Professional in Accessibility Core Competencies | Accessible Design
Adobe Certified Professional | certification | Adobe Certified Expert, Adobe Certified Associate | Adobe Creative Cloud, Adobe Photoshop
Certified Sales Professional | certification | | Sales, Certified Inside Sales Professional
Certified Inside Sales Professional | certification | | Inside Sales, Certified Sales Professional
Certified Customer Experience Professional | certification | CCXP | Customer Experience, Voice of the Customer
Certified Customer Success Manager | certification | CCSM | Customer Success
Accredited in Public Relations | certification | | Public Relations
# Added in review: social platforms as tools, and marketing itself (kept apart from "market" by the stemmer).
Marketing | hard_skill | | Digital Marketing, Brand Management
Facebook | tool | | Instagram, Social Media Marketing
Instagram | tool | | Facebook, Social Media Marketing
LinkedIn | tool | | Social Media Marketing
Twitter | tool | | Social Media Marketing
YouTube | tool | | Video Production
TikTok | tool | | Social Media Marketing
Pinterest | tool | | Social Media Marketing
Snapchat | tool | | Social Media Marketing
`;
