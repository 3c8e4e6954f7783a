// Operations, logistics and supply chain; manufacturing and quality; skilled trades; mechanical, civil,
// electrical and chemical engineering; construction and safety. Authored for this project.
export default String.raw`
# canonical | category | aliases | related

# Operations, logistics, supply chain and procurement
Operations Management | hard_skill | | Supply Chain Management, Production Planning, Lean Manufacturing, Plant Operations
Supply Chain Management | hard_skill | =SCM, Supply Chain | Logistics, Procurement, Inventory Management, Demand Planning
Supply Chain Optimization | hard_skill |  | Supply Chain Management, Inventory Optimization, Logistics
Supply Chain Risk Management | hard_skill | =SCRM | Supply Chain Management, Supplier Management, Supplier Audits
Logistics | hard_skill | Logistics Management | Supply Chain Management, Transportation Management, Warehouse Operations, Distribution Management
Inventory Management | hard_skill | Stock Management | Inventory Control, Cycle Counting, Warehouse Management, Inventory Optimization
Inventory Control | hard_skill | Stock Control | Inventory Management, Cycle Counting, Physical Inventory
Inventory Optimization | hard_skill | Inventory Planning | Inventory Management, Demand Planning, Economic Order Quantity
Inventory Replenishment | hard_skill | Stock Replenishment | Inventory Management, Vendor Managed Inventory, Demand Planning
Cycle Counting | hard_skill | | Inventory Control, Physical Inventory, Inventory Management
Physical Inventory | hard_skill | Stocktaking, Stock Take | Cycle Counting, Inventory Control
ABC Analysis | hard_skill | ABC Inventory Classification | Inventory Management, Inventory Optimization
Economic Order Quantity | hard_skill | =EOQ | Inventory Optimization, Inventory Replenishment
Vendor Managed Inventory | hard_skill | =VMI | Inventory Replenishment, Supplier Management
Warehouse Management | hard_skill | | Warehouse Operations, Warehouse Management Systems, Inventory Management
Warehouse Operations | hard_skill | Warehousing | Warehouse Management, Shipping and Receiving, Picking and Packing, Material Handling
Shipping and Receiving | hard_skill | Shipping & Receiving | Warehouse Operations, Loading and Unloading, Order Fulfillment
Order Fulfillment | hard_skill | | Picking and Packing, Warehouse Operations, Shipping and Receiving
Picking and Packing | hard_skill | Order Picking | Order Fulfillment, Warehouse Operations, Barcode Scanning
=Kitting | hard_skill | Kit Assembly | Picking and Packing, Warehouse Operations
Material Handling | hard_skill | | Forklift Operation, Warehouse Operations, Pallet Jack
Loading and Unloading | hard_skill | Truck Loading | Shipping and Receiving, Material Handling
Palletizing | hard_skill | | Material Handling, Shipping and Receiving, Pallet Jack
Cross-Docking | hard_skill | | Distribution Management, Warehouse Operations, Transportation Management
Yard Management | hard_skill | | Warehouse Operations, Transportation Management
Distribution Management | hard_skill | Distribution Center Operations, Distribution Operations | Logistics, Warehouse Operations, Transportation Management
Transportation Management | hard_skill | Transportation Planning | Logistics, Transportation Management Systems, Fleet Management, Route Planning
Fleet Management | hard_skill | | Transportation Management, Vehicle Maintenance, Route Planning
Route Planning | hard_skill | Route Optimization | Transportation Management, Dispatching, Last-Mile Delivery
Load Planning | hard_skill | Load Optimization | Transportation Management, Route Planning
Dispatching | hard_skill | Fleet Dispatch, Truck Dispatching | Route Planning, Fleet Management, Transportation Management
Carrier Management | hard_skill | Carrier Relations | Transportation Management, Freight Brokerage
Freight Forwarding | hard_skill | | Import/Export, Customs Clearance, Ocean Freight, Air Freight
Freight Brokerage | hard_skill | Freight Broking | Carrier Management, Less-Than-Truckload, Transportation Management
Ocean Freight | hard_skill | Sea Freight | Freight Forwarding, Import/Export, Intermodal Transportation
Air Freight | hard_skill | Air Cargo | Freight Forwarding, Import/Export
Intermodal Transportation | hard_skill | Intermodal Logistics | Ocean Freight, Transportation Management
Less-Than-Truckload | hard_skill | =LTL, =LTL Shipping | Full Truckload, Freight Brokerage
Full Truckload | hard_skill | =FTL | Less-Than-Truckload, Truck Driving
Last-Mile Delivery | hard_skill | Last-Mile Logistics, Final-Mile Delivery | Route Planning, Delivery Driving, Logistics
Cold Chain | hard_skill | Cold Chain Logistics, Temperature-Controlled Logistics | Logistics, Warehouse Operations
Reverse Logistics | hard_skill | Returns Management, Returns Processing | Logistics, Warehouse Operations
Third-Party Logistics | hard_skill | =3PL | Logistics, Warehouse Operations, Freight Forwarding
Import/Export | hard_skill | Import and Export Operations | Customs Clearance, Freight Forwarding, Incoterms, Trade Compliance
Customs Clearance | hard_skill | Customs Brokerage | Import/Export, Trade Compliance, HTS Classification
Trade Compliance | hard_skill | Customs Compliance | Import/Export, Export Compliance, HTS Classification
Export Compliance | hard_skill | Export Controls | Trade Compliance, ITAR Compliance
ITAR Compliance | hard_skill | =ITAR | Export Compliance, Defense Industry
HTS Classification | hard_skill | Tariff Classification, Harmonized Tariff Schedule | Customs Clearance, Trade Compliance
Incoterms | hard_skill | | Import/Export, Freight Forwarding
Dangerous Goods Shipping | hard_skill | Hazmat Shipping, =DG Shipping | Hazardous Materials Handling, Hazmat Endorsement
DOT Compliance | hard_skill | =DOT Regulations, =FMCSA Compliance, =FMCSA Regulations | Commercial Driving, Hazmat Endorsement
Demand Planning | hard_skill | Demand Forecasting | Supply Planning, Sales and Operations Planning, Inventory Optimization
Supply Planning | hard_skill | | Demand Planning, Production Planning, Materials Requirements Planning
Production Planning | hard_skill | | Production Scheduling, Master Production Scheduling, Materials Requirements Planning
Master Production Scheduling | hard_skill | =MPS | Production Planning, Materials Requirements Planning
Materials Requirements Planning | hard_skill | =MRP | Production Planning, Bill of Materials, Manufacturing Resource Planning
Manufacturing Resource Planning | hard_skill | =MRP II, =MRPII | Materials Requirements Planning, Production Planning
Sales and Operations Planning | hard_skill | =S&OP, Integrated Business Planning, =IBP | Demand Planning, Supply Planning
Bill of Materials | hard_skill | =BOM | Materials Requirements Planning, Engineering Change Orders
Procurement | hard_skill | Procurement Management | Purchasing, Strategic Sourcing, Supplier Management
=Purchasing | hard_skill | Purchasing Management | Procurement, Request for Quotation, Supplier Management
Strategic Sourcing | hard_skill | | Procurement, Global Sourcing, Spend Analysis, Supplier Management
Global Sourcing | hard_skill | International Sourcing | Strategic Sourcing, Import/Export
Spend Analysis | hard_skill | Spend Analytics | Strategic Sourcing, Procurement
Request for Quotation | hard_skill | =RFQ | Purchasing, Strategic Sourcing
Supplier Management | hard_skill | Supplier Relationship Management, =SRM | Procurement, Supplier Quality, Supplier Development
Supplier Development | hard_skill | | Supplier Management, Supplier Quality
Supplier Quality | hard_skill | Supplier Quality Management, Supplier Quality Engineering | Supplier Management, Supplier Audits, PPAP
Supplier Audits | hard_skill | Vendor Audits | Supplier Quality, Quality Auditing
Contract Manufacturing | hard_skill | Toll Manufacturing | Supplier Management, Manufacturing Industry
Just-in-Time | hard_skill | Just-in-Time Manufacturing | Lean Manufacturing, Inventory Management
Facilities Management | hard_skill | Facility Operations | Building Maintenance, Preventive Maintenance, Maintenance Planning
Maintenance Planning | hard_skill | Maintenance Scheduling, Work Order Management | Preventive Maintenance, CMMS
Plant Operations | hard_skill | Plant Management | Operations Management, Production Management
Production Management | hard_skill | Production Supervision | Plant Operations, Production Planning
RFID | hard_skill | Radio-Frequency Identification | Barcode Scanning, Inventory Control
Barcode Scanning | hard_skill | =RF Scanning, Bar Code Scanning | RFID, Inventory Control, Picking and Packing
Forklift Operation | hard_skill | forklift driving | Warehouse Operations, Material Handling, Forklift, Forklift Certification
Warehouse Management Systems | tool | =WMS | Warehouse Management, Manhattan Associates, SAP EWM
Transportation Management Systems | tool | =TMS | Transportation Management, Oracle Transportation Management
SAP MM | tool | SAP Materials Management | Procurement, Inventory Management, SAP SD
SAP SD | tool | SAP Sales and Distribution | Order Fulfillment, SAP MM
SAP PP | tool | SAP Production Planning | Production Planning, Materials Requirements Planning, SAP MM
SAP EWM | tool | SAP Extended Warehouse Management, SAP WM, SAP Warehouse Management | Warehouse Management Systems, SAP MM
SAP IBP | tool | SAP Integrated Business Planning | Sales and Operations Planning, Demand Planning, SAP APO
SAP APO | tool | SAP Advanced Planning and Optimization | Demand Planning, SAP IBP
Oracle SCM | tool | Oracle Supply Chain Management, Oracle SCM Cloud | Supply Chain Management, Oracle Transportation Management
Oracle Transportation Management | tool | =OTM | Transportation Management Systems, Oracle SCM
Manhattan Associates | tool | Manhattan WMS, Manhattan Active, Manhattan SCALE | Warehouse Management Systems
Blue Yonder | tool | =JDA, JDA Software | Demand Planning, Warehouse Management Systems, Kinaxis
Kinaxis | tool | Kinaxis RapidResponse, =RapidResponse | Supply Planning, Sales and Operations Planning, Blue Yonder
o9 Solutions | tool | | Demand Planning, Supply Planning, Kinaxis
e2open | tool | | Supply Chain Management, Blue Yonder
Coupa | tool | | Procurement, Spend Analysis, SAP Ariba
SAP Ariba | tool | Ariba | Procurement, Strategic Sourcing, Coupa
Jaggaer | tool | | Procurement, Strategic Sourcing, SAP Ariba
Fishbowl Inventory | tool | =Fishbowl | Inventory Management
ShipStation | tool | | Order Fulfillment, Shipping and Receiving
Electronic Logging Device | tool | =ELD | DOT Compliance, Truck Driving
Forklift | tool | Lift Truck, Fork Truck | Forklift Operation, Pallet Jack, Reach Truck
Pallet Jack | tool | Pallet Truck | Forklift, Material Handling
Reach Truck | tool | | Forklift, Order Picker
Order Picker | tool | | Reach Truck, Picking and Packing
Telehandler | tool | Telescopic Handler | Forklift, Aerial Lift Operation
Skid Steer | tool | Skid Steer Loader, Bobcat | Heavy Equipment Operation, Backhoe
Backhoe | tool | Backhoe Loader | Heavy Equipment Operation, Excavator Operation
CMMS | tool | Computerized Maintenance Management System | Maintenance Planning, Preventive Maintenance, IBM Maximo
IBM Maximo | tool | Maximo | CMMS, Maintenance Planning
Manufacturing Execution Systems | tool | =MES | Production Management, Production Scheduling

# Manufacturing and quality
Lean Manufacturing | hard_skill | Lean Production, Toyota Production System | Six Sigma, Kaizen, 5S, Value Stream Mapping
Six Sigma | hard_skill | | Lean Six Sigma, DMAIC, Statistical Process Control, Six Sigma Green Belt
Lean Six Sigma | hard_skill | =LSS | Six Sigma, Lean Manufacturing, DMAIC
DMAIC | hard_skill | | Six Sigma, Root Cause Analysis
Kaizen | hard_skill | Kaizen Event | Continuous Improvement, Lean Manufacturing
=5S | hard_skill | 5S Methodology, 6S | Lean Manufacturing, Kaizen, Standard Work
Value Stream Mapping | hard_skill | =VSM | Lean Manufacturing, Kaizen
Poka-Yoke | hard_skill | Error Proofing, Mistake Proofing | Lean Manufacturing, Quality Control
SMED | hard_skill | Single-Minute Exchange of Die, Quick Changeover | Lean Manufacturing, Overall Equipment Effectiveness
Standard Work | hard_skill | | Lean Manufacturing, 5S, Work Instructions
Work Instructions | hard_skill | Work Instruction Development | Standard Work, Quality Management Systems
Line Balancing | hard_skill | Assembly Line Balancing | Time Study, Industrial Engineering
Time Study | hard_skill | Time and Motion Study, Motion Study | Line Balancing, Industrial Engineering
Theory of Constraints | hard_skill | | Lean Manufacturing, Production Scheduling
Continuous Improvement | hard_skill | | Kaizen, Lean Manufacturing, Six Sigma
Root Cause Analysis | hard_skill | =RCA | 8D Problem Solving, FMEA, Corrective and Preventive Action
8D Problem Solving | hard_skill | =8D, Eight Disciplines | Root Cause Analysis, Corrective and Preventive Action
Corrective and Preventive Action | hard_skill | =CAPA | Root Cause Analysis, Nonconformance Management
Nonconformance Management | hard_skill | Nonconformance Reporting | Corrective and Preventive Action, Quality Control
Statistical Process Control | hard_skill | =SPC | Process Capability Analysis, Six Sigma, Quality Control
Process Capability Analysis | hard_skill | =Cpk | Statistical Process Control, Measurement System Analysis
Measurement System Analysis | hard_skill | Gage R&R, Gauge R&R | Metrology, Statistical Process Control
Quality Control | hard_skill | =QC | Quality Inspection, Statistical Process Control, Quality Management Systems
Quality Inspection | hard_skill | | Quality Control, Visual Inspection, First Article Inspection
Visual Inspection | hard_skill | | Quality Inspection
First Article Inspection | hard_skill | =FAI | Quality Inspection, PPAP, Coordinate Measuring Machine
Quality Management Systems | hard_skill | =QMS | ISO 9001, Quality Control, Quality Auditing
Quality Auditing | hard_skill | ISO Auditing | Quality Management Systems, ISO 9001, Supplier Audits
ISO 9001 | hard_skill | ISO 9001:2015 | Quality Management Systems, Quality Auditing, ISO 9001 Lead Auditor
ISO 14001 | hard_skill | ISO 14001:2015 | Environmental Health and Safety, Environmental Compliance
ISO 13485 | hard_skill | | Quality Management Systems, ISO 9001
IATF 16949 | hard_skill | =TS 16949, ISO/TS 16949 | PPAP, APQP, Automotive Industry
AS9100 | hard_skill | =AS9100D | Quality Management Systems, Aerospace Industry
ISO 45001 | hard_skill | =OHSAS 18001 | Occupational Health and Safety, Environmental Health and Safety
FMEA | hard_skill | Failure Mode and Effects Analysis, =DFMEA, =PFMEA | Root Cause Analysis, APQP, Reliability Engineering
PPAP | hard_skill | Production Part Approval Process | APQP, Supplier Quality, IATF 16949
APQP | hard_skill | Advanced Product Quality Planning | PPAP, FMEA, IATF 16949
Good Manufacturing Practice | hard_skill | =GMP, =cGMP, Current Good Manufacturing Practice | Quality Control, Process Validation
Process Validation | hard_skill | =IQ/OQ/PQ, Equipment Validation | Good Manufacturing Practice, Quality Management Systems
Total Productive Maintenance | hard_skill | | Preventive Maintenance, Overall Equipment Effectiveness, Lean Manufacturing
Overall Equipment Effectiveness | hard_skill | =OEE | Total Productive Maintenance, Lean Manufacturing
Preventive Maintenance | hard_skill | | Predictive Maintenance, Total Productive Maintenance, CMMS
Predictive Maintenance | hard_skill | =PdM, Condition-Based Maintenance | Preventive Maintenance, Vibration Analysis, Condition Monitoring
Condition Monitoring | hard_skill | | Predictive Maintenance, Vibration Analysis
Vibration Analysis | hard_skill | | Predictive Maintenance, Condition Monitoring
Reliability Engineering | hard_skill | | FMEA, Predictive Maintenance, Certified Reliability Engineer
Instrument Calibration | hard_skill | Calibration of Instruments, Gauge Calibration | Metrology, Instrumentation and Controls
Metrology | hard_skill | Dimensional Metrology | Coordinate Measuring Machine, GD&T, Measurement System Analysis
Coordinate Measuring Machine | tool | | Metrology, First Article Inspection
Precision Measurement | hard_skill | Precision Measuring Instruments, Calipers and Micrometers | Metrology, Blueprint Reading
GD&T | hard_skill | Geometric Dimensioning and Tolerancing, ASME Y14.5 | Blueprint Reading, Tolerance Analysis, Metrology
Blueprint Reading | hard_skill | Print Reading, Reading Blueprints, Blueprint Interpretation | GD&T, Technical Drawing
Technical Drawing | hard_skill | Engineering Drawing | Blueprint Reading, CAD Drafting
CAD Drafting | hard_skill | Drafting and Design | Technical Drawing, AutoCAD, Computer-Aided Design
Production Scheduling | hard_skill | | Production Planning, Master Production Scheduling
CNC Machining | hard_skill | CNC Machine Operation, =CNC | CNC Programming, Machining, G-code
CNC Programming | hard_skill | | G-code, CNC Machining, Mastercam
G-code | hard_skill | G-code Programming | CNC Programming
=Machining | hard_skill | Machinist, Precision Machining | CNC Machining, Lathe Operation, Manual Milling
Lathe Operation | hard_skill | Lathe Turning, Manual Lathe | Machining, Manual Milling
Manual Milling | hard_skill | Milling Machine Operation, Bridgeport Mill | Machining, Lathe Operation
Machine Operation | hard_skill | Production Machine Operation | Machining, Mechanical Assembly
Mechanical Assembly | hard_skill | Product Assembly | Machine Operation, Electronics Assembly, Power Tools
Electronics Assembly | hard_skill | PCB Assembly, =PCBA | Soldering, Surface Mount Technology
Surface Mount Technology | hard_skill | =SMT | Electronics Assembly, Soldering
Injection Molding | hard_skill | Injection Moulding | Extrusion, Manufacturing Industry
Extrusion | hard_skill | Plastic Extrusion | Injection Molding
Sheet Metal Fabrication | hard_skill | | Metal Fabrication, Press Brake Operation, Welding
Metal Fabrication | hard_skill | Steel Fabrication | Sheet Metal Fabrication, Welding
Press Brake Operation | hard_skill | Press Brake | Sheet Metal Fabrication
Metal Stamping | hard_skill | Stamping Press Operation | Sheet Metal Fabrication, Tool and Die
Die Casting | hard_skill | | Metal Stamping, Tool and Die
Heat Treating | hard_skill |  | Metallurgy
Additive Manufacturing | hard_skill | 3D Printing | Computer-Aided Design, Manufacturing Engineering
Packaging Engineering | hard_skill | Packaging Design Engineering | Manufacturing Engineering
Engineering Change Orders | hard_skill | =ECO, =ECN, Engineering Change Notices | Bill of Materials, Product Lifecycle Management
Mastercam | tool | | CNC Programming, Computer-Aided Manufacturing
FANUC | tool | | Robotics, CNC Machining
Six Sigma Green Belt | certification | =CSSGB, Lean Six Sigma Green Belt | Six Sigma, Six Sigma Black Belt
Six Sigma Black Belt | certification | =CSSBB, Lean Six Sigma Black Belt | Six Sigma, Six Sigma Green Belt, Six Sigma Master Black Belt
Six Sigma Yellow Belt | certification | =CSSYB, Lean Six Sigma Yellow Belt | Six Sigma, Six Sigma Green Belt
Six Sigma Master Black Belt | certification | Lean Six Sigma Master Black Belt | Six Sigma Black Belt
Certified Quality Engineer | certification | =CQE, ASQ CQE | Quality Control, Certified Quality Auditor
Certified Quality Auditor | certification | ASQ CQA | Quality Auditing, Certified Quality Engineer
Certified Quality Technician | certification | =CQT | Quality Inspection, Certified Quality Engineer
Certified Reliability Engineer | certification | ASQ CRE | Reliability Engineering
Certified Manager of Quality/Organizational Excellence | certification | =CMQ/OE | Quality Management Systems, Certified Quality Engineer
ISO 9001 Lead Auditor | certification | | ISO 9001, Quality Auditing
Certified Maintenance and Reliability Professional | certification | =CMRP | Reliability Engineering, Preventive Maintenance
Certified Supply Chain Professional | certification | =CSCP, APICS CSCP | Supply Chain Management, Certified in Production and Inventory Management
Certified in Production and Inventory Management | certification | =CPIM, APICS CPIM | Production Planning, Inventory Management
Certified in Logistics, Transportation and Distribution | certification | =CLTD, APICS CLTD | Logistics, Transportation Management
Certified Professional in Supply Management | certification | =CPSM, ISM CPSM | Procurement, Strategic Sourcing
CIPS Certification | certification | =MCIPS, =CIPS | Procurement, Strategic Sourcing
Certified Logistics Technician | certification | MSSC CLT | Warehouse Operations, Logistics
Certified Production Technician | certification | MSSC CPT | Machine Operation, Manufacturing Industry
Certified Facility Manager | certification | IFMA CFM | Facilities Management

# Skilled trades
Electrical Wiring | hard_skill | | Electrical Installation, Residential Electrical, National Electrical Code
Electrical Installation | hard_skill | | Electrical Wiring, Conduit Bending, Commercial Electrical
Electrical Troubleshooting | hard_skill | | Electrical Schematics, Multimeter, Electrical Maintenance
Electrical Maintenance | hard_skill | | Electrical Troubleshooting, Preventive Maintenance, Industrial Electrical
Conduit Bending | hard_skill | | Electrical Installation, Commercial Electrical
Residential Electrical | hard_skill | Residential Wiring | Electrical Wiring, Commercial Electrical
Commercial Electrical | hard_skill | Commercial Wiring | Residential Electrical, Industrial Electrical
Industrial Electrical | hard_skill | Industrial Wiring | Commercial Electrical, Motor Controls, Electrical Maintenance
Low Voltage Wiring | hard_skill | Low Voltage Systems | Electrical Wiring, Fire Alarm Installation
Fire Alarm Installation | hard_skill | Fire Alarm Systems | Low Voltage Wiring, Fire Safety
National Electrical Code | hard_skill | =NEC | Electrical Wiring, Building Code Compliance
Plumbing | hard_skill | | Pipefitting, Journeyman Plumber License, Water Heater Installation
Water Heater Installation | hard_skill | Water Heater Repair | Plumbing
Pipefitting | hard_skill | Pipe Fitting, Steamfitting | Plumbing, Pipe Welding
Pipe Welding | hard_skill | | Welding, Pipefitting, TIG Welding
Welding | hard_skill | | MIG Welding, TIG Welding, Stick Welding, AWS Certified Welder
MIG Welding | hard_skill | =GMAW, Gas Metal Arc Welding | Welding, Flux-Cored Arc Welding
TIG Welding | hard_skill | =GTAW, Gas Tungsten Arc Welding | Welding, Pipe Welding
Stick Welding | hard_skill | =SMAW, Shielded Metal Arc Welding | Welding, Pipe Welding
Flux-Cored Arc Welding | hard_skill | =FCAW, Flux-Cored Welding | Welding, MIG Welding
Welding Inspection | hard_skill | | Welding, Certified Welding Inspector, Quality Inspection
Oxy-Fuel Cutting | hard_skill | Oxy-Acetylene Cutting, Torch Cutting | Plasma Cutting, Welding
Plasma Cutting | hard_skill | | Oxy-Fuel Cutting, Metal Fabrication
Brazing | hard_skill | | Soldering, Welding, Refrigeration
Soldering | hard_skill | | Brazing, Electronics Assembly
Carpentry | hard_skill | | Wood Framing, Finish Carpentry, Cabinetry, Woodworking
Wood Framing | hard_skill | =Framing, Rough Framing, Rough Carpentry | Carpentry
Finish Carpentry | hard_skill | Trim Carpentry, Trim Work | Carpentry, Cabinetry
Cabinetry | hard_skill | Cabinet Making, Cabinet Installation | Finish Carpentry, Woodworking
Woodworking | hard_skill | | Carpentry, Cabinetry
Drywall Installation | hard_skill | Drywall, Sheetrock, Drywall Hanging, Drywall Finishing | Painting and Finishing, Carpentry
Painting and Finishing | hard_skill | Commercial Painting, Residential Painting | Drywall Installation
Masonry | hard_skill | Bricklaying, Brick Laying, Stonemasonry | Concrete Work
Concrete Work | hard_skill | Concrete Finishing, Concrete Forming | Masonry, Reinforced Concrete Design
Roofing | hard_skill | Roof Installation, Roof Repair | Carpentry
Flooring Installation | hard_skill | | Tile Installation, Carpentry
Tile Installation | hard_skill | Tile Setting | Flooring Installation
Insulation Installation | hard_skill | | Drywall Installation, HVAC Installation
Remodeling | hard_skill | Home Renovation, Renovation | Carpentry, General Contracting
Demolition | hard_skill | | Remodeling, Heavy Equipment Operation
HVAC | hard_skill | Heating Ventilation and Air Conditioning, =HVACR, =HVAC/R | HVAC Installation, HVAC Maintenance, Refrigeration
HVAC Installation | hard_skill | | HVAC, Ductwork Installation, HVAC Maintenance
HVAC Maintenance | hard_skill | HVAC Repair, HVAC Service | HVAC, HVAC Troubleshooting, Preventive Maintenance
HVAC Troubleshooting | hard_skill | | HVAC Maintenance, Electrical Troubleshooting
Ductwork Installation | hard_skill | Ductwork Fabrication | HVAC Installation, Sheet Metal Fabrication
Refrigeration | hard_skill | Commercial Refrigeration | HVAC, EPA Section 608 Certification
Boiler Operation | hard_skill | | HVAC Maintenance, Building Maintenance
Appliance Repair | hard_skill | | Electrical Troubleshooting, Refrigeration
Automotive Repair | hard_skill | Auto Repair, Auto Mechanics, Automotive Service | Automotive Diagnostics, Engine Repair, Brake Repair, ASE Certification
Automotive Diagnostics | hard_skill | Vehicle Diagnostics, =OBD-II | Automotive Repair, Automotive Electrical Systems
Automotive Electrical Systems | hard_skill | Auto Electrical | Automotive Diagnostics, Automotive Repair
Diesel Mechanics | hard_skill | Diesel Engine Repair, Diesel Technology | Engine Repair, Heavy Equipment Repair
Heavy Equipment Repair | hard_skill | Heavy Equipment Maintenance | Diesel Mechanics, Hydraulics
Engine Repair | hard_skill | Engine Rebuilding | Automotive Repair, Diesel Mechanics
Transmission Repair | hard_skill | | Automotive Repair, Engine Repair
Brake Repair | hard_skill | Brake Service | Automotive Repair, Wheel Alignment
Wheel Alignment | hard_skill | | Brake Repair, Automotive Repair
Auto Body Repair | hard_skill | Collision Repair, Autobody | Automotive Repair
Small Engine Repair | hard_skill | | Engine Repair
Vehicle Maintenance | hard_skill | Fleet Maintenance | Automotive Repair, Fleet Management
Aircraft Maintenance | hard_skill | Aviation Maintenance | FAA Airframe and Powerplant, Aviation Industry
Heavy Equipment Operation | hard_skill | Heavy Machinery Operation | Excavator Operation, Crane Operation, Skid Steer
Excavator Operation | hard_skill | | Heavy Equipment Operation, Backhoe
Crane Operation | hard_skill | Overhead Crane Operation | Rigging, Heavy Equipment Operation, NCCCO Certification
Aerial Lift Operation | hard_skill | Boom Lift Operation, Scissor Lift Operation | Telehandler, Scaffolding
=Rigging | hard_skill | Crane Rigging, Rigging and Signaling | Crane Operation, Millwright
=Scaffolding | hard_skill | Scaffold Erection, Scaffold Building | Aerial Lift Operation, Fall Protection
Millwright | hard_skill | | Rigging, Machine Installation, Industrial Maintenance
Machine Installation | hard_skill | | Millwright, Industrial Maintenance
Industrial Maintenance | hard_skill | Maintenance Mechanics | Millwright, Preventive Maintenance, Electrical Maintenance
Tool and Die | hard_skill | Tool and Die Making, Toolmaking | Machining, Metal Stamping
Locksmithing | hard_skill | | Building Maintenance
Landscape Maintenance | hard_skill | =Landscaping, Landscape Installation | Grounds Maintenance, Irrigation
Grounds Maintenance | hard_skill | Groundskeeping, Lawn Care | Landscape Maintenance, Irrigation
Irrigation | hard_skill | Irrigation Systems | Landscape Maintenance, Grounds Maintenance
Pest Control | hard_skill | Integrated Pest Management, =IPM, Pest Management | Grounds Maintenance
Janitorial | hard_skill | Custodial Services, Commercial Cleaning | Building Maintenance
Building Maintenance | hard_skill | Property Maintenance | Facilities Management, Preventive Maintenance, Janitorial
Power Tools | hard_skill | | Hand Tools, Carpentry
Hand Tools | hard_skill | | Power Tools, Mechanical Assembly
Multimeter | tool | Digital Multimeter, =DMM | Electrical Troubleshooting, Oscilloscope
Oscilloscope | tool | | Multimeter, Circuit Design
Solar Installation | hard_skill | Solar Panel Installation, =PV Installation | Solar Energy, NABCEP Certification
Wind Turbine Maintenance | hard_skill | Wind Turbine Service | Wind Energy
Commercial Driving | hard_skill | | Truck Driving, Commercial Driver's License, CDL Class A
Truck Driving | hard_skill | Tractor-Trailer Driving, =OTR Driving | Commercial Driving, CDL Class A
Delivery Driving | hard_skill | Delivery Driver | Last-Mile Delivery, Route Planning
Journeyman Electrician License | certification | Journeyman Electrician | Master Electrician License, Electrical Wiring
Master Electrician License | certification | Master Electrician | Journeyman Electrician License
Journeyman Plumber License | certification | Journeyman Plumber | Master Plumber License, Plumbing
Master Plumber License | certification | Master Plumber | Journeyman Plumber License
EPA Section 608 Certification | certification | =EPA 608, EPA 608 Universal, Section 608 Certification | Refrigeration, HVAC
NATE Certification | certification | North American Technician Excellence | HVAC, EPA Section 608 Certification
AWS Certified Welder | certification | =AWS D1.1, AWS Welding Certification, American Welding Society Certification | Welding, Certified Welding Inspector
Certified Welding Inspector | certification | =CWI, AWS CWI | Welding Inspection, AWS Certified Welder
ASE Certification | certification | Automotive Service Excellence, ASE Master Technician | Automotive Repair
FAA Airframe and Powerplant | certification | A&P License, =A&P Mechanic, Airframe and Powerplant License | Aircraft Maintenance
Commercial Driver's License | certification | =CDL | CDL Class A, CDL Class B, Commercial Driving
CDL Class A | certification | Class A CDL | Commercial Driver's License, Truck Driving
CDL Class B | certification | Class B CDL | Commercial Driver's License, Delivery Driving
Hazmat Endorsement | certification | Hazardous Materials Endorsement | Commercial Driver's License, Dangerous Goods Shipping
TWIC Card | certification | =TWIC, Transportation Worker Identification Credential | Commercial Driver's License
Forklift Certification | certification | Forklift License, Powered Industrial Truck Certification | Forklift Operation, Forklift
NCCCO Certification | certification | =NCCCO | Crane Operation, Rigging
OSHA 10 | certification | OSHA 10-Hour | OSHA 30, OSHA Compliance
OSHA 30 | certification | OSHA 30-Hour | OSHA 10, OSHA Compliance
NCCER Certification | certification | =NCCER | OSHA 10, Welding, Electrical Installation
HAZWOPER Certification | certification | =HAZWOPER, 40-Hour HAZWOPER | Hazardous Materials Handling, Environmental Health and Safety
NABCEP Certification | certification | =NABCEP | Solar Installation, Solar Energy
Confined Space Entry | hard_skill | Confined Space | Lockout/Tagout, Workplace Safety
Lockout/Tagout | hard_skill | =LOTO | Confined Space Entry, Workplace Safety, Electrical Maintenance

# Engineering
Mechanical Engineering | hard_skill | | Mechanical Design, Thermodynamics, Finite Element Analysis, SolidWorks
Civil Engineering | hard_skill | | Structural Engineering, Geotechnical Engineering, AutoCAD Civil 3D, Transportation Engineering
Structural Engineering | hard_skill | | Structural Analysis, Steel Design, Reinforced Concrete Design
Electrical Engineering | hard_skill | | Power Systems, Circuit Design, Electronics Engineering
Electronics Engineering | hard_skill | | Circuit Design, PCB Design, Electrical Engineering
Chemical Engineering | hard_skill | | Process Engineering, Chemical Process Design, Process Simulation
Industrial Engineering | hard_skill | | Lean Manufacturing, Time Study, Manufacturing Engineering
Manufacturing Engineering | hard_skill | | Design for Manufacturing, Process Engineering, Industrial Engineering
Process Engineering | hard_skill | | Chemical Engineering, Manufacturing Engineering, Process Control
Aerospace Engineering | hard_skill | Aeronautical Engineering, Astronautical Engineering | Aerodynamics, Aerospace Industry
Automotive Engineering | hard_skill | Vehicle Engineering | Mechanical Engineering, Automotive Industry
Environmental Engineering | hard_skill | | Water Treatment, Environmental Compliance, Civil Engineering
Geotechnical Engineering | hard_skill | Geotechnics | Soil Mechanics, Foundation Design, Civil Engineering
Transportation Engineering | hard_skill | | Traffic Engineering, Highway Design, Civil Engineering
Traffic Engineering | hard_skill | | Transportation Engineering, Highway Design
Water Resources Engineering | hard_skill | | Hydrology, Stormwater Management, Hydraulics
Biomedical Engineering | hard_skill | Bioengineering | ISO 13485, Mechanical Engineering
Materials Science | hard_skill | Materials Engineering | Metallurgy, Failure Analysis
Metallurgy | hard_skill | Metallurgical Engineering | Materials Science, Heat Treating
Thermodynamics | hard_skill | | Heat Transfer, Fluid Mechanics
Fluid Mechanics | hard_skill | Fluid Dynamics | Computational Fluid Dynamics, Hydraulics, Heat Transfer
Heat Transfer | hard_skill | | Thermodynamics, Fluid Mechanics, HVAC Design
Aerodynamics | hard_skill | | Computational Fluid Dynamics, Aerospace Engineering
Soil Mechanics | hard_skill | | Geotechnical Engineering, Foundation Design
Finite Element Analysis | hard_skill | =FEA, Finite Element Method, =FEM | Stress Analysis, ANSYS, Abaqus
Computational Fluid Dynamics | hard_skill | =CFD | Fluid Mechanics, ANSYS, Aerodynamics
Computer-Aided Engineering | hard_skill | =CAE | Finite Element Analysis, Computational Fluid Dynamics
Stress Analysis | hard_skill | | Finite Element Analysis, Structural Analysis
Failure Analysis | hard_skill | | Root Cause Analysis, Materials Science, Stress Analysis
Tolerance Analysis | hard_skill | Tolerance Stack-Up Analysis, Tolerance Stackup | GD&T, Mechanical Design
Mechanical Design | hard_skill | Machine Design | Mechanical Engineering, Design for Manufacturing, SolidWorks
Design for Manufacturing | hard_skill | =DFM, =DFMA, Design for Manufacture and Assembly | Mechanical Design, Manufacturing Engineering
Reverse Engineering | hard_skill | | Mechanical Design, Computer-Aided Design
Computer-Aided Design | hard_skill | =CAD | AutoCAD, SolidWorks, Technical Drawing
Computer-Aided Manufacturing | hard_skill | =CAM | CNC Programming, Mastercam, Computer-Aided Design
Product Lifecycle Management | hard_skill | =PLM | Teamcenter, Windchill, Engineering Change Orders
AutoCAD | tool | Autodesk AutoCAD | Revit, SolidWorks, Computer-Aided Design
AutoCAD Civil 3D | tool | Civil 3D | AutoCAD, Civil Engineering
AutoCAD Electrical | tool | | AutoCAD, Electrical Schematics
Revit | tool | Autodesk Revit, Revit MEP | Building Information Modeling, AutoCAD, Navisworks
Navisworks | tool | Autodesk Navisworks | Revit, Building Information Modeling
MicroStation | tool | Bentley MicroStation | AutoCAD, Civil Engineering
SolidWorks | tool | | Computer-Aided Design, Mechanical Design, Certified SolidWorks Professional
CATIA | tool | Dassault CATIA | SolidWorks, Siemens NX
Siemens NX | tool | Unigraphics, =NX CAD, =NX Unigraphics | CATIA, PTC Creo, Teamcenter
PTC Creo | tool | =Creo, Pro/ENGINEER, =Pro/E | SolidWorks, Windchill
Autodesk Inventor | tool | =Inventor | SolidWorks, AutoCAD
Fusion 360 | tool | Autodesk Fusion 360, Autodesk Fusion | Autodesk Inventor, Computer-Aided Manufacturing
Solid Edge | tool | Siemens Solid Edge | SolidWorks, Siemens NX
Onshape | tool | | SolidWorks, Fusion 360
Teamcenter | tool | Siemens Teamcenter | Product Lifecycle Management, Siemens NX
Windchill | tool | PTC Windchill | Product Lifecycle Management, PTC Creo
ANSYS | tool | Ansys Mechanical, Ansys Fluent | Finite Element Analysis, Computational Fluid Dynamics, Abaqus
Abaqus | tool | | Finite Element Analysis, ANSYS
COMSOL | tool | COMSOL Multiphysics | Finite Element Analysis, ANSYS
LabVIEW | tool | | Instrumentation and Controls, Simulink
Simulink | tool | | Control Systems Engineering, LabVIEW
Aspen Plus | tool | | Process Simulation, Aspen HYSYS
Aspen HYSYS | tool | =HYSYS | Process Simulation, Aspen Plus
Process Simulation | hard_skill | Chemical Process Simulation | Aspen Plus, Chemical Engineering
Chemical Process Design | hard_skill | | Chemical Engineering, Process Simulation, P&ID
Unit Operations | hard_skill | | Chemical Engineering, Process Engineering
PLC Programming | hard_skill | =PLC, Programmable Logic Controllers | Ladder Logic, Allen-Bradley, Siemens TIA Portal
Ladder Logic | hard_skill | Ladder Diagram | PLC Programming
SCADA | hard_skill | Supervisory Control and Data Acquisition | PLC Programming, HMI, Distributed Control Systems
=HMI | hard_skill | Human-Machine Interface, HMI Programming | SCADA, PLC Programming
Distributed Control Systems | hard_skill | =DCS | SCADA, Process Control
Allen-Bradley | tool | Rockwell Automation, ControlLogix, CompactLogix | PLC Programming, Studio 5000
Studio 5000 | tool | RSLogix, RSLogix 5000, Studio 5000 Logix Designer | Allen-Bradley, Ladder Logic
Siemens TIA Portal | tool | =TIA Portal, Siemens STEP 7, SIMATIC STEP 7 | PLC Programming, Siemens S7
Siemens S7 | tool | SIMATIC S7, =S7-1200, =S7-1500 | Siemens TIA Portal
Ignition SCADA | tool | Inductive Automation Ignition | SCADA, HMI
Control Systems Engineering | hard_skill | Controls Engineering | PID Control, PLC Programming, Simulink
PID Control | hard_skill | PID Tuning, PID Loop Tuning | Control Systems Engineering, Process Control
Process Control | hard_skill | | PID Control, Distributed Control Systems, Instrumentation and Controls
Instrumentation and Controls | hard_skill | =I&C, Process Instrumentation, Industrial Instrumentation | Process Control, Instrument Calibration, P&ID
Robotics | hard_skill | Industrial Robotics | Robot Programming, Industrial Automation, Mechatronics
Robot Programming | hard_skill | | Robotics, FANUC
Industrial Automation | hard_skill | Factory Automation | PLC Programming, Robotics, SCADA
Mechatronics | hard_skill | | Robotics, Industrial Automation, Mechanical Engineering
Circuit Design | hard_skill | Electronic Circuit Design | PCB Design, Analog Circuit Design, SPICE Simulation
Analog Circuit Design | hard_skill | Analog Design | Circuit Design, SPICE Simulation
SPICE Simulation | hard_skill | =SPICE, Circuit Simulation | Circuit Design, LTspice
LTspice | tool | | SPICE Simulation
PCB Design | hard_skill | PCB Layout, Printed Circuit Board Design | Circuit Design, Altium Designer, KiCad
Altium Designer | tool | =Altium | PCB Design, KiCad, OrCAD
Autodesk Eagle | tool | =EAGLE, Eagle PCB, Eagle CAD | PCB Design, KiCad
KiCad | tool | | PCB Design, Altium Designer
OrCAD | tool | Cadence OrCAD | PCB Design, Altium Designer
Power Systems | hard_skill | Power Systems Engineering, Power Engineering | Power Distribution, Protective Relaying, Electrical Engineering
Power Distribution | hard_skill | Electrical Distribution | Power Systems, Substation Design
Power Electronics | hard_skill | | Power Systems, Motor Controls, Circuit Design
Motor Controls | hard_skill | | Variable Frequency Drives, Industrial Electrical, Power Electronics
Variable Frequency Drives | hard_skill | =VFD, Variable Speed Drives | Motor Controls
Electrical Schematics | hard_skill | Wiring Diagrams, Schematic Reading | Electrical Troubleshooting, Electrical Design
Electrical Design | hard_skill | | Electrical Schematics, Power Distribution, AutoCAD Electrical
Protective Relaying | hard_skill | Power System Protection | Power Systems, Substation Design
Substation Design | hard_skill | | Power Distribution, Protective Relaying
High Voltage Systems | hard_skill | | Power Distribution, Substation Design
Arc Flash Analysis | hard_skill | Arc Flash Study | Power Systems, ETAP
ETAP | tool | | Arc Flash Analysis, Power Systems
Signal Processing | hard_skill | Digital Signal Processing | RF Engineering, Electronics Engineering
RF Engineering | hard_skill | Radio Frequency Engineering, RF Design | Antenna Design, Signal Processing
Antenna Design | hard_skill | | RF Engineering
Land Surveying | hard_skill | =Surveying, Boundary Surveying | Construction Layout, Professional Land Surveyor
Construction Layout | hard_skill | Construction Surveying, Construction Staking | Land Surveying, Site Planning
Site Planning | hard_skill | | Civil Engineering, Stormwater Management
Structural Analysis | hard_skill | | Structural Engineering, Stress Analysis, SAP2000
Reinforced Concrete Design | hard_skill | Concrete Design | Structural Engineering, Steel Design
Steel Design | hard_skill | Structural Steel Design | Structural Engineering, Reinforced Concrete Design
Foundation Design | hard_skill | | Geotechnical Engineering, Structural Engineering
Bridge Design | hard_skill | Bridge Engineering | Structural Engineering, Highway Design
Seismic Design | hard_skill | Earthquake Engineering | Structural Engineering, Structural Analysis
Highway Design | hard_skill | Roadway Design | Transportation Engineering, AutoCAD Civil 3D
Pavement Design | hard_skill | Pavement Engineering | Highway Design
Stormwater Management | hard_skill | Stormwater Design | Hydrology, Site Planning
Hydrology | hard_skill | | Water Resources Engineering, Stormwater Management, HEC-RAS
Hydraulics | hard_skill | Hydraulic Systems | Pneumatics, Fluid Mechanics
Pneumatics | hard_skill | Pneumatic Systems | Hydraulics, Industrial Automation
Water Treatment | hard_skill | Water Treatment Operations | Wastewater Treatment, Environmental Engineering
Wastewater Treatment | hard_skill | | Water Treatment, Environmental Engineering
Environmental Compliance | hard_skill | | Environmental Health and Safety, ISO 14001
Environmental Impact Assessment | hard_skill | | Environmental Compliance, Environmental Engineering
SAP2000 | tool | | Structural Analysis, ETABS
ETABS | tool | | Structural Analysis, SAP2000
STAAD.Pro | tool | =STAAD | Structural Analysis, SAP2000
Tekla Structures | tool | =Tekla | Steel Design, Revit
HEC-RAS | tool | | Hydrology, Hydraulics
HVAC Design | hard_skill | Mechanical Systems Design | HVAC, Heat Transfer, Energy Efficiency
Piping Design | hard_skill | Piping Engineering | P&ID, Pipefitting
Pressure Vessel Design | hard_skill | ASME Section VIII | Mechanical Design, Piping Design
Building Information Modeling | hard_skill | =BIM | Revit, Navisworks, Autodesk Construction Cloud
Energy Efficiency | hard_skill | | Energy Auditing, HVAC Design, Renewable Energy
Energy Auditing | hard_skill | | Energy Efficiency, Certified Energy Manager
Renewable Energy | hard_skill | Renewables | Solar Energy, Wind Energy, Energy Industry
Solar Energy | hard_skill | Solar PV, Photovoltaics | Renewable Energy, Solar Installation
Wind Energy | hard_skill | Wind Power | Renewable Energy, Wind Turbine Maintenance
Process Safety Management | hard_skill | Process Safety | HAZOP, Oil and Gas
HAZOP | hard_skill | Hazard and Operability Study | Process Safety Management, P&ID
P&ID | hard_skill | Piping and Instrumentation Diagram, =P&IDs | HAZOP, Piping Design, Instrumentation and Controls
Professional Engineer | certification | =PE, PE License, Licensed Professional Engineer | Engineer in Training, Civil Engineering
Engineer in Training | certification | =EIT, Fundamentals of Engineering, FE Exam | Professional Engineer
Chartered Engineer | certification | =CEng | Professional Engineer
Professional Land Surveyor | certification | Licensed Land Surveyor | Land Surveying
LEED Accredited Professional | certification | LEED AP | LEED Green Associate, Energy Efficiency
LEED Green Associate | certification | =LEED GA | LEED Accredited Professional
Certified Energy Manager | certification | AEE CEM | Energy Auditing, Energy Efficiency
Certified SolidWorks Professional | certification | =CSWP | SolidWorks, Certified SolidWorks Associate
Certified SolidWorks Associate | certification | =CSWA | SolidWorks, Certified SolidWorks Professional
Certified Automation Professional | certification | ISA CAP | Industrial Automation, Certified Control Systems Technician
Certified Control Systems Technician | certification | =CCST, ISA CCST | Instrumentation and Controls, Certified Automation Professional

# Construction and safety
Construction Management | hard_skill | | Construction Scheduling, Construction Cost Estimating, Site Supervision, Procore
Construction Cost Estimating | hard_skill | Construction Estimating, =Cost Estimating | Quantity Takeoff, Quantity Surveying, Construction Management
Quantity Takeoff | hard_skill | Material Takeoff, Construction Takeoff | Construction Cost Estimating, Bluebeam
Quantity Surveying | hard_skill | | Construction Cost Estimating, Quantity Takeoff
Construction Scheduling | hard_skill | | Construction Management, Primavera P6
Site Supervision | hard_skill | Construction Site Supervision, Jobsite Supervision | Construction Management, Workplace Safety
General Contracting | hard_skill | | Construction Management, Subcontractor Management
Subcontractor Management | hard_skill | Subcontractor Coordination | General Contracting, Construction Management
Value Engineering | hard_skill | | Construction Cost Estimating, Design for Manufacturing
Building Commissioning | hard_skill | Commissioning Engineering | HVAC Design, Building Inspection
Building Code Compliance | hard_skill | =Building Codes, International Building Code, =IBC | Building Inspection, Construction Permitting, National Electrical Code
Building Inspection | hard_skill | Construction Inspection | Building Code Compliance, Quality Inspection
Construction Permitting | hard_skill | Permit Acquisition, Building Permits | Building Code Compliance, Construction Management
Occupational Health and Safety | hard_skill | =OHS, =OH&S, Occupational Safety and Health | Workplace Safety, Environmental Health and Safety, OSHA Compliance
Workplace Safety | hard_skill | Jobsite Safety, Construction Safety | Occupational Health and Safety, OSHA Compliance, Safety Training
OSHA Compliance | hard_skill | =OSHA, OSHA Regulations | Workplace Safety, OSHA 10, OSHA 30
Safety Audits | hard_skill | Safety Inspections | OSHA Compliance, Workplace Safety
Safety Training | hard_skill | | Workplace Safety, OSHA Compliance
Job Hazard Analysis | hard_skill | =JHA, Job Safety Analysis, =JSA, Hazard Analysis | Safety Audits, Workplace Safety
Incident Investigation | hard_skill | Accident Investigation | Job Hazard Analysis, Root Cause Analysis
Fall Protection | hard_skill | | Workplace Safety, Scaffolding
Personal Protective Equipment | hard_skill | =PPE | Workplace Safety, Hazardous Materials Handling
Fire Safety | hard_skill | Fire Prevention | Workplace Safety, Fire Alarm Installation
Environmental Health and Safety | hard_skill | =EHS, =HSE, =EHS&S | Occupational Health and Safety, Environmental Compliance
Hazardous Materials Handling | hard_skill | Hazmat Handling, Hazardous Waste Management | Safety Data Sheets, HAZWOPER Certification, Dangerous Goods Shipping
Safety Data Sheets | hard_skill | =MSDS, Material Safety Data Sheets | Hazardous Materials Handling, Personal Protective Equipment
Procore | tool | | Construction Management, PlanGrid
Primavera P6 | tool | Oracle Primavera, =P6 | Construction Scheduling
Bluebeam | tool | Bluebeam Revu | Quantity Takeoff, PlanGrid
PlanGrid | tool | | Procore, Bluebeam
Buildertrend | tool | | Construction Management, Procore
Autodesk Construction Cloud | tool | =BIM 360, Autodesk BIM 360 | Building Information Modeling, Procore
Certified Safety Professional | certification | BCSP CSP | Occupational Health and Safety, Associate Safety Professional
Associate Safety Professional | certification | BCSP ASP | Certified Safety Professional
Construction Health and Safety Technician | certification | =CHST | Workplace Safety, Certified Safety Professional
Certified Industrial Hygienist | certification | =CIH | Occupational Health and Safety
NEBOSH Certificate | certification | =NEBOSH | Occupational Health and Safety
Certified Construction Manager | certification | CMAA CCM | Construction Management

# Domains (industries)
Manufacturing Industry | domain | Manufacturing | Lean Manufacturing, Automotive Industry
Construction Industry | domain | =Construction | Construction Management, Civil Engineering
Automotive Industry | domain | Automotive | Automotive Engineering, IATF 16949
Aerospace Industry | domain | Aerospace, Aerospace and Defense | Aerospace Engineering, AS9100, Defense Industry
Aviation Industry | domain | Aviation | Aircraft Maintenance, Aerospace Industry
Defense Industry | domain | =Defense, Defence Industry, Defense Contracting | Aerospace Industry, ITAR Compliance
Energy Industry | domain | Energy Sector | Oil and Gas, Utilities Industry, Renewable Energy
Utilities Industry | domain | Utilities Sector, Electric Utilities | Energy Industry, Power Distribution
Oil and Gas | domain | =O&G, Petroleum Industry | Energy Industry, Process Safety Management
Nuclear Power | domain | Nuclear Energy | Energy Industry
Chemical Industry | domain | | Chemical Engineering
Semiconductors | domain | Semiconductor Industry, Semiconductor Manufacturing | Manufacturing Industry, Electronics Engineering
Mining Industry | domain | =Mining | Heavy Equipment Operation, Energy Industry
Transportation and Logistics | domain | Transportation Industry, Logistics Industry | Logistics, Transportation Management
Maritime | domain | Maritime Industry, Shipping Industry | Ocean Freight, Transportation and Logistics
Agriculture | domain | Agribusiness | Irrigation
Real Estate | domain | Real Estate Industry | Construction Industry, Facilities Management
Government Sector | domain | =Government, Public Sector | Defense Industry
`;
