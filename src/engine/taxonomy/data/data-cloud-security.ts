// Data, analytics and ML; cloud and infrastructure; security; networking and IT support. Authored for this project.
export default String.raw`
# canonical | category | aliases | related
# ---- Data, analytics: techniques ----
Data Analysis | hard_skill | Data Analytics | Statistical Analysis, Data Visualization, Exploratory Data Analysis, Business Intelligence
Data Engineering | hard_skill | | Data Pipelines, ETL, Data Warehousing, Big Data
Data Science | hard_skill | | Machine Learning, Statistics, Predictive Modeling, Data Analysis
Data Modeling | hard_skill | | Dimensional Modeling, Data Architecture, Data Warehousing
Data Warehousing | hard_skill | =DWH, Enterprise Data Warehouse, =EDW | Dimensional Modeling, ETL, Snowflake, Amazon Redshift
Data Architecture | hard_skill | | Data Modeling, Data Lake, Data Warehousing, Data Mesh
Dimensional Modeling | hard_skill | Kimball Methodology | Star Schema, Data Warehousing, Data Modeling
Star Schema | hard_skill | | Dimensional Modeling, Data Warehousing
Data Vault | hard_skill | Data Vault 2.0 | Data Warehousing, Dimensional Modeling
Data Lake | hard_skill | | Data Lakehouse, Azure Data Lake Storage, Amazon S3, Big Data
Data Lakehouse | hard_skill | Lakehouse Architecture | Databricks, Delta Lake, Data Lake
Data Mesh | hard_skill | | Data Architecture, Data Governance
ETL | hard_skill | Extract Transform Load | ELT, Data Pipelines, Data Integration, Informatica
ELT | hard_skill | Extract Load Transform | ETL, dbt, Data Pipelines
Data Pipelines | hard_skill | | ETL, Data Engineering, Apache Airflow
Data Integration | hard_skill | | ETL, Informatica, Talend
Data Migration | hard_skill | | Data Integration, Cloud Migration, ETL
Change Data Capture | hard_skill | | Data Integration, Stream Processing
Stream Processing | hard_skill | Data Streaming, Real-Time Data Processing, Event Streaming | Apache Kafka, Apache Flink, Amazon Kinesis
Data Governance | hard_skill | | Data Quality, Master Data Management, Data Stewardship, Data Catalog
Data Quality | hard_skill | Data Quality Management | Data Governance, Data Cleaning
Master Data Management | hard_skill | | Data Governance, Data Quality
Data Stewardship | hard_skill | | Data Governance, Metadata Management
Metadata Management | hard_skill | | Data Catalog, Data Lineage
Data Catalog | hard_skill | | Metadata Management, Data Governance
Data Lineage | hard_skill | | Metadata Management, Data Governance
Data Security | hard_skill | | Encryption, Data Loss Prevention, Information Security
Big Data | hard_skill | | Hadoop, Apache Spark, Apache Kafka
Data Cleaning | hard_skill | Data Cleansing, Data Scrubbing | Data Wrangling, Data Quality
Data Wrangling | hard_skill | Data Munging | Data Cleaning, pandas
Exploratory Data Analysis | hard_skill | =EDA | Data Analysis, Data Visualization, Statistics
Business Intelligence | hard_skill | =BI | Power BI, Tableau, Dashboards, Data Visualization
Data Visualization | hard_skill | Data Viz | Tableau, Power BI, Dashboards
Dashboards | hard_skill | | Data Visualization, KPI Reporting, Power BI, Tableau
KPI Reporting | hard_skill | KPI Tracking | Dashboards, Business Intelligence
Ad Hoc Reporting | hard_skill | Ad Hoc Analysis | Business Intelligence, Dashboards
OLAP | hard_skill | Online Analytical Processing | SSAS, Data Warehousing
Data Mining | hard_skill | | Machine Learning, Text Mining, Statistics
Web Scraping | hard_skill | Web Crawling | BeautifulSoup, Scrapy
Analytics Engineering | hard_skill | | dbt, Data Modeling, Data Engineering
Predictive Analytics | hard_skill | | Predictive Modeling, Machine Learning, Forecasting
# ---- Statistics ----
Statistics | hard_skill | | Statistical Analysis, Statistical Modeling, Hypothesis Testing
Statistical Analysis | hard_skill | | Statistics, Regression Analysis, Hypothesis Testing
Statistical Modeling | hard_skill | | Regression Analysis, Statistics, Predictive Modeling
Bayesian Statistics | hard_skill | Bayesian Inference, Bayesian Methods | Statistics, Statistical Modeling
Regression Analysis | hard_skill | | Linear Regression, Logistic Regression, Statistical Modeling
Linear Regression | hard_skill | | Regression Analysis, Logistic Regression
Logistic Regression | hard_skill | | Regression Analysis, Linear Regression
Hypothesis Testing | hard_skill | Significance Testing | A/B Testing, Statistics
A/B Testing | hard_skill | Split Testing | Hypothesis Testing, Causal Inference
Causal Inference | hard_skill | | A/B Testing, Statistical Modeling
Forecasting | hard_skill | | Time Series Analysis, Predictive Modeling
Time Series Analysis | hard_skill | Time Series Forecasting | Forecasting, Predictive Modeling
Principal Component Analysis | hard_skill | | Dimensionality Reduction
Dimensionality Reduction | hard_skill | | Principal Component Analysis, Unsupervised Learning
Cluster Analysis | hard_skill | K-Means Clustering | Unsupervised Learning, Data Mining
# ---- Machine learning and AI ----
Machine Learning | hard_skill | =ML | Deep Learning, Artificial Intelligence, scikit-learn, Data Science
Supervised Learning | hard_skill | | Machine Learning, Unsupervised Learning
Unsupervised Learning | hard_skill | | Machine Learning, Cluster Analysis
Transfer Learning | hard_skill | | Deep Learning, LLM Fine-Tuning
Predictive Modeling | hard_skill | | Machine Learning, Statistical Modeling, Predictive Analytics
Feature Engineering | hard_skill | | Machine Learning, Dimensionality Reduction
Hyperparameter Tuning | hard_skill | Hyperparameter Optimization | Machine Learning, Feature Engineering
Model Deployment | hard_skill | Model Serving | MLOps, Machine Learning
MLOps | hard_skill | Machine Learning Operations | MLflow, Kubeflow, Model Deployment
Decision Trees | hard_skill | | Random Forest, Gradient Boosting
Random Forest | hard_skill | | Decision Trees, Gradient Boosting
Gradient Boosting | hard_skill | | XGBoost, LightGBM, Random Forest
Support Vector Machines | hard_skill | =SVM | Machine Learning, Supervised Learning
Anomaly Detection | hard_skill | Outlier Detection | Machine Learning, Threat Detection
Recommender Systems | hard_skill | Recommendation Engines | Machine Learning, Predictive Modeling
Deep Learning | hard_skill | | Neural Networks, TensorFlow, PyTorch, Machine Learning
Neural Networks | hard_skill | Artificial Neural Networks | Deep Learning
Convolutional Neural Networks | hard_skill | | Deep Learning, Computer Vision
Recurrent Neural Networks | hard_skill | =RNN | LSTM, Deep Learning
LSTM | hard_skill | Long Short-Term Memory | Recurrent Neural Networks, Time Series Analysis
Transformer Models | hard_skill | Transformer Architecture | Large Language Models, Hugging Face, Natural Language Processing
Generative Adversarial Networks | hard_skill | =GAN | Generative AI, Deep Learning
Natural Language Processing | hard_skill | =NLP | Large Language Models, spaCy, NLTK, Text Mining
Text Mining | hard_skill | Text Analytics | Natural Language Processing, Sentiment Analysis
Sentiment Analysis | hard_skill | | Natural Language Processing, Text Mining
Named Entity Recognition | hard_skill | =NER | Natural Language Processing, spaCy
Speech Recognition | hard_skill | Automatic Speech Recognition, =ASR | Natural Language Processing, Deep Learning
Computer Vision | hard_skill | | OpenCV, Object Detection, Image Recognition, Deep Learning
Image Processing | hard_skill | | Computer Vision, OpenCV
Image Recognition | hard_skill | Image Classification | Computer Vision, Convolutional Neural Networks
Object Detection | hard_skill | | Computer Vision, YOLO
Optical Character Recognition | hard_skill | =OCR | Computer Vision
Reinforcement Learning | hard_skill | | Machine Learning, Deep Learning
Generative AI | hard_skill | GenAI, Gen AI | Large Language Models, Prompt Engineering, Artificial Intelligence
Large Language Models | hard_skill | =LLM | Generative AI, Prompt Engineering, Transformer Models
Prompt Engineering | hard_skill | | Large Language Models, Generative AI
Retrieval-Augmented Generation | hard_skill | =RAG | Large Language Models, Vector Databases, LangChain
LLM Fine-Tuning | hard_skill | Model Fine-Tuning | Large Language Models, Transfer Learning
Vector Databases | hard_skill | Vector Search | Retrieval-Augmented Generation, Pinecone, FAISS
AI Agents | hard_skill | Agentic AI, LLM Agents | Large Language Models, LangChain
Conversational AI | hard_skill | Chatbot Development | Natural Language Processing, Large Language Models
Explainable AI | hard_skill | =XAI, Model Interpretability | Machine Learning, AI Ethics
AI Ethics | hard_skill | Responsible AI | Explainable AI, Artificial Intelligence
Knowledge Graphs | hard_skill | | Natural Language Processing, Data Modeling
Data Annotation | hard_skill | Data Labeling | Machine Learning, Computer Vision
# ---- Data and statistical languages ----
=R | hard_skill | | RStudio, tidyverse, ggplot2, Statistics
=Julia | hard_skill | | Statistics, Machine Learning
MATLAB | tool | | Statistics, Image Processing
=SAS | tool | Base SAS, SAS Enterprise Guide | SPSS, Stata, Statistics
SPSS | tool | | SAS, Stata, Statistics
Stata | tool | | SAS, SPSS, Statistics
RStudio | tool | | R, R Shiny
R Shiny | tool | =Shiny | R, Data Visualization
tidyverse | tool | | dplyr, ggplot2, R
dplyr | tool | | tidyverse, R
ggplot2 | tool | | tidyverse, R, Data Visualization
# ---- Python data and ML libraries ----
pandas | tool | | NumPy, Data Wrangling
NumPy | tool | | pandas, SciPy
SciPy | tool | | NumPy, statsmodels
scikit-learn | tool | sklearn | Machine Learning, pandas, XGBoost
statsmodels | tool | | SciPy, Statistical Modeling
=Polars | tool | | pandas
Dask | tool | | pandas, Apache Spark
Matplotlib | tool | | Seaborn, Plotly, Data Visualization
Seaborn | tool | | Matplotlib, Data Visualization
Plotly | tool | Plotly Dash | Matplotlib, Streamlit, Data Visualization
Streamlit | tool | | Plotly, R Shiny
TensorFlow | tool | | Keras, PyTorch, Deep Learning
PyTorch | tool | | TensorFlow, Deep Learning
Keras | tool | | TensorFlow, Deep Learning
=JAX | tool | | PyTorch, TensorFlow
XGBoost | tool | | LightGBM, CatBoost, Gradient Boosting
LightGBM | tool | | XGBoost, Gradient Boosting
CatBoost | tool | | XGBoost, Gradient Boosting
Hugging Face | tool | HuggingFace, Hugging Face Transformers | Transformer Models, Large Language Models
LangChain | tool | | LlamaIndex, Large Language Models, Retrieval-Augmented Generation
LlamaIndex | tool | | LangChain, Retrieval-Augmented Generation
OpenAI API | tool | | ChatGPT, Large Language Models
ChatGPT | tool | | OpenAI API, Generative AI
NLTK | tool | Natural Language Toolkit | spaCy, Natural Language Processing
spaCy | tool | | NLTK, Natural Language Processing
OpenCV | tool | | Computer Vision, Image Processing
=YOLO | tool | | Object Detection, Computer Vision
ONNX | tool | | PyTorch, Model Deployment
MLflow | tool | | MLOps, Kubeflow
Kubeflow | tool | | MLOps, MLflow
Weights & Biases | tool | =W&B, =wandb | MLflow, MLOps
FAISS | tool | | Vector Databases, Pinecone
=Pinecone | tool | | Vector Databases, FAISS
Jupyter | tool | Jupyter Notebook, JupyterLab, =IPython | Google Colab, pandas
Google Colab | tool | =Colab | Jupyter
Anaconda | tool | Conda | Jupyter
BeautifulSoup | tool | Beautiful Soup, =bs4 | Web Scraping, Scrapy
Scrapy | tool | | Web Scraping, BeautifulSoup
# ---- Big data platforms ----
Apache Spark | tool | =Spark | PySpark, Databricks, Hadoop
PySpark | tool | | Apache Spark, Databricks
Spark SQL | tool | | Apache Spark, PySpark
Hadoop | tool | Apache Hadoop | HDFS, MapReduce, Apache Hive
HDFS | tool | Hadoop Distributed File System | Hadoop
MapReduce | hard_skill | | Hadoop, Apache Spark
Apache Hive | tool | =Hive, HiveQL | Hadoop, Apache Spark
Apache Kafka | tool | Kafka | Stream Processing, Apache Flink, Amazon Kinesis
Apache Flink | tool | Flink | Apache Kafka, Stream Processing
Apache Beam | tool | | Google Cloud Dataflow, Stream Processing
Apache Airflow | tool | =Airflow | Data Pipelines, Google Cloud Composer
Apache NiFi | tool | NiFi | Data Integration, Apache Kafka
=Presto | tool | PrestoDB | Trino, Amazon Athena
Trino | tool | | Presto
Delta Lake | tool | | Databricks, Data Lakehouse
Apache Iceberg | tool | | Delta Lake, Data Lakehouse
Databricks | tool | Azure Databricks | Apache Spark, Delta Lake, Data Lakehouse
Snowflake | tool | | Data Warehousing, dbt, BigQuery, Amazon Redshift
=dbt | tool | data build tool | Snowflake, ELT, Analytics Engineering
BigQuery | tool | Google BigQuery | Google Cloud Platform, Snowflake
Amazon Redshift | tool | Redshift | Amazon Web Services, Snowflake
Azure Synapse Analytics | tool | Azure Synapse, Azure SQL Data Warehouse | Microsoft Azure, Azure Data Factory
Microsoft Fabric | tool | | Power BI, Azure Synapse Analytics
Teradata | tool | | Data Warehousing
Palantir Foundry | tool | Palantir | Data Integration
# ---- BI and reporting tools ----
Tableau | tool | | Power BI, Looker, Data Visualization
Power BI | tool | Microsoft Power BI, PowerBI | DAX, Tableau, Dashboards
=DAX | tool | Data Analysis Expressions | Power BI
=Looker | tool | | Looker Studio, Tableau
Looker Studio | tool | Google Data Studio | Looker, Dashboards
Qlik | tool | Qlik Sense, QlikView | Tableau, Power BI
MicroStrategy | tool | | Business Intelligence
IBM Cognos | tool | Cognos | Business Intelligence
SAP BusinessObjects | tool | BusinessObjects | Crystal Reports, Business Intelligence
Oracle Business Intelligence | tool | =OBIEE | Business Intelligence
Crystal Reports | tool | | SSRS, SAP BusinessObjects
Metabase | tool | | Apache Superset, Business Intelligence
Apache Superset | tool | | Metabase, Data Visualization
SSRS | tool | SQL Server Reporting Services | SSIS, SSAS, Crystal Reports
SSIS | tool | SQL Server Integration Services | SSRS, ETL
SSAS | tool | SQL Server Analysis Services | OLAP, SSRS
Alteryx | tool | | KNIME, Data Wrangling
KNIME | tool | | Alteryx, Dataiku
Dataiku | tool | | DataRobot, Machine Learning
DataRobot | tool | | Dataiku, Machine Learning
# ---- Data integration tools ----
Informatica | tool | Informatica PowerCenter, =IICS | ETL, Talend
Talend | tool | | Informatica, ETL
Fivetran | tool | | Airbyte, ELT
Airbyte | tool | | Fivetran, ELT
Matillion | tool | | ETL, Snowflake
IBM DataStage | tool | DataStage | ETL, Informatica
Azure Data Factory | tool | =ADF | Microsoft Azure, ETL, SSIS
AWS Glue | tool | | Amazon Web Services, ETL, Amazon Athena
Google Cloud Dataflow | tool | GCP Dataflow | Apache Beam, Google Cloud Platform
Google Cloud Dataproc | tool | Dataproc | Apache Spark, Google Cloud Platform
Amazon EMR | tool | AWS EMR, Elastic MapReduce | Apache Spark, Hadoop
Amazon Athena | tool | AWS Athena | Amazon S3, Presto
Amazon Kinesis | tool | Kinesis, AWS Kinesis | Apache Kafka, Stream Processing
Amazon QuickSight | tool | QuickSight | Business Intelligence, Amazon Web Services
Amazon SageMaker | tool | SageMaker, AWS SageMaker | MLOps, Machine Learning
Vertex AI | tool | Google Vertex AI | Google Cloud Platform, MLOps
Azure Machine Learning | tool | Azure ML | Microsoft Azure, MLOps
Amazon Bedrock | tool | AWS Bedrock | Generative AI, Amazon Web Services
Azure OpenAI Service | tool | Azure OpenAI | OpenAI API, Microsoft Azure
Azure AI Services | tool | Azure Cognitive Services | Microsoft Azure, Azure OpenAI Service
# ---- Cloud platforms ----
Amazon Web Services | tool | AWS | Microsoft Azure, Google Cloud Platform, Cloud Computing
Microsoft Azure | tool | Azure | Amazon Web Services, Google Cloud Platform, Cloud Computing
Google Cloud Platform | tool | =GCP, Google Cloud | Amazon Web Services, Microsoft Azure, Cloud Computing
Oracle Cloud Infrastructure | tool | =OCI, Oracle Cloud | Amazon Web Services, Cloud Computing
IBM Cloud | tool | | Cloud Computing
Alibaba Cloud | tool | Aliyun | Cloud Computing
DigitalOcean | tool | | Cloud Computing, Heroku
Cloudflare | tool | | Content Delivery Network, Cloudflare Workers
Cloudflare Workers | tool | | Cloudflare, Serverless
Heroku | tool | | Vercel, Netlify
Vercel | tool | | Netlify, Heroku
Netlify | tool | | Vercel, Heroku
Serverless Framework | tool | | Serverless, AWS Lambda
# ---- AWS services ----
Amazon EC2 | tool | EC2, AWS EC2, Elastic Compute Cloud | Amazon Web Services, AWS Auto Scaling
Amazon S3 | tool | S3, AWS S3, Simple Storage Service | Amazon Web Services, Data Lake
AWS Lambda | tool | =Lambda | Serverless, Amazon API Gateway
Amazon RDS | tool | AWS RDS, Amazon Relational Database Service | Amazon Aurora, Amazon DynamoDB
Amazon Aurora | tool | AWS Aurora | Amazon RDS
Amazon DynamoDB | tool | DynamoDB | Amazon Web Services, Amazon RDS
Amazon ElastiCache | tool | ElastiCache | Amazon Web Services
AWS CloudFormation | tool | CloudFormation | AWS CDK, Amazon Web Services
AWS CDK | tool | AWS Cloud Development Kit | AWS CloudFormation
Amazon CloudWatch | tool | CloudWatch | AWS CloudTrail, System Monitoring
AWS CloudTrail | tool | CloudTrail | Amazon CloudWatch, Security Auditing
AWS IAM | tool | AWS Identity and Access Management | Identity and Access Management, Amazon Web Services
Amazon ECS | tool | =ECS, Elastic Container Service | AWS Fargate, Amazon EKS
Amazon EKS | tool | =EKS, Elastic Kubernetes Service | Amazon ECS, Azure Kubernetes Service, Google Kubernetes Engine
AWS Fargate | tool | Fargate | Amazon ECS, Amazon EKS
Amazon SQS | tool | SQS, Simple Queue Service | Amazon SNS, AWS Lambda
Amazon SNS | tool | AWS SNS, Simple Notification Service | Amazon SQS
Amazon EventBridge | tool | EventBridge | AWS Lambda, Amazon SQS
AWS Step Functions | tool | Step Functions | AWS Lambda
Amazon API Gateway | tool | AWS API Gateway | AWS Lambda
Amazon Route 53 | tool | Route 53, Route53 | DNS, Amazon Web Services
Amazon VPC | tool | AWS VPC | Virtual Private Cloud, Amazon Web Services
Amazon CloudFront | tool | CloudFront | Content Delivery Network, Amazon S3
AWS Elastic Beanstalk | tool | Elastic Beanstalk | Amazon Web Services, Heroku
Elastic Load Balancing | tool | =ELB, Application Load Balancer, =ALB | Load Balancing, AWS Auto Scaling
AWS Auto Scaling | tool | EC2 Auto Scaling | Amazon EC2, Elastic Load Balancing
Amazon EBS | tool | Elastic Block Store | Amazon EC2
AWS Secrets Manager | tool | | AWS KMS, Secrets Management
AWS KMS | tool | AWS Key Management Service | Encryption, AWS Secrets Manager
AWS WAF | tool | | Web Application Firewall, Amazon CloudFront
Amazon GuardDuty | tool | GuardDuty | AWS Security Hub, Threat Detection
AWS Security Hub | tool | | Amazon GuardDuty, Cloud Security
AWS Systems Manager | tool | | Patch Management, Amazon EC2
Amazon Cognito | tool | Cognito | Identity and Access Management, OAuth
AWS Direct Connect | tool | | Amazon VPC
AWS Organizations | tool | | AWS IAM, Amazon Web Services
AWS Database Migration Service | tool | AWS DMS | Data Migration, Cloud Migration
AWS Amplify | tool | | Amazon Web Services, Amazon Cognito
AWS Well-Architected Framework | tool | Well-Architected Framework | Cloud Architecture, Amazon Web Services
# ---- Azure services ----
Azure DevOps | tool | =VSTS, Visual Studio Team Services, Team Foundation Server, =TFS, Azure Pipelines | Microsoft Azure
Azure Functions | tool | | Serverless, Azure Logic Apps
Azure Kubernetes Service | tool | =AKS | Microsoft Azure, Amazon EKS, Google Kubernetes Engine
Azure SQL Database | tool | Azure SQL | Microsoft Azure, Azure Cosmos DB
Azure Cosmos DB | tool | Cosmos DB, CosmosDB | Microsoft Azure, Amazon DynamoDB
Azure Active Directory | tool | Azure AD, Microsoft Entra ID, Entra ID, =AAD | Active Directory, Identity and Access Management, Single Sign-On
Azure App Service | tool | Azure Web Apps | Microsoft Azure, Azure Functions
Azure Blob Storage | tool | | Azure Data Lake Storage, Amazon S3
Azure Data Lake Storage | tool | =ADLS, Azure Data Lake | Data Lake, Azure Blob Storage
Azure Virtual Machines | tool | Azure VM, Azure VMs | Microsoft Azure, Amazon EC2
Azure Logic Apps | tool | Logic Apps | Azure Functions
Azure Monitor | tool | | Azure Application Insights, System Monitoring
Azure Application Insights | tool | Application Insights, App Insights | Azure Monitor, Application Performance Monitoring
Azure Key Vault | tool | Key Vault | Secrets Management, Microsoft Azure
Azure Service Bus | tool | | Azure Event Hubs, Amazon SQS
Azure Event Hubs | tool | Event Hubs | Apache Kafka, Azure Service Bus
Azure Virtual Network | tool | =VNet | Virtual Private Cloud, Microsoft Azure
Azure API Management | tool | =APIM | Amazon API Gateway
Azure Resource Manager | tool | ARM Templates | Azure Bicep, AWS CloudFormation
Azure Bicep | tool | | Azure Resource Manager
Azure Policy | tool | | Microsoft Azure, Cloud Security
Azure Virtual Desktop | tool | Windows Virtual Desktop, =AVD | Virtual Desktop Infrastructure, Citrix
Azure Site Recovery | tool | | Disaster Recovery, Microsoft Azure
Microsoft Sentinel | tool | Azure Sentinel | SIEM, Microsoft Defender for Endpoint
Microsoft Defender for Endpoint | tool | Defender for Endpoint, Windows Defender ATP, =MDE | Endpoint Protection, Microsoft Sentinel
Microsoft Defender for Cloud | tool | Azure Security Center | Cloud Security, Microsoft Azure
Microsoft Purview | tool | Azure Purview | Data Governance, Data Loss Prevention
# ---- Google Cloud services ----
Google Compute Engine | tool | Compute Engine, =GCE | Google Cloud Platform, Amazon EC2
Google Kubernetes Engine | tool | =GKE | Google Cloud Platform, Amazon EKS, Azure Kubernetes Service
Google Cloud Functions | tool | Cloud Functions | Serverless, Google Cloud Run
Google Cloud Run | tool | Cloud Run | Google Cloud Functions, Serverless
Google Cloud Pub/Sub | tool | Pub/Sub, Cloud Pub/Sub | Apache Kafka, Google Cloud Platform
Google Cloud Storage | tool | =GCS | Amazon S3, Google Cloud Platform
Google Cloud SQL | tool | Cloud SQL | Google Cloud Platform
Google Cloud Spanner | tool | Cloud Spanner | Google Cloud Platform
Google Cloud Bigtable | tool | Bigtable | Google Cloud Platform
Google App Engine | tool | App Engine, =GAE | Google Cloud Platform, Heroku
Google Cloud Composer | tool | Cloud Composer | Apache Airflow, Google Cloud Platform
Google Cloud Operations Suite | tool | Stackdriver, Google Cloud Monitoring | System Monitoring, Google Cloud Platform
# ---- Cloud concepts ----
Cloud Computing | hard_skill | | Amazon Web Services, Microsoft Azure, Google Cloud Platform
Cloud Architecture | hard_skill | | Cloud Computing, AWS Well-Architected Framework, Cloud Infrastructure
Cloud Infrastructure | hard_skill | | Cloud Architecture, Cloud Computing
Cloud Migration | hard_skill | | Cloud Computing, Data Migration
Multi-Cloud | hard_skill | Multicloud | Hybrid Cloud, Cloud Architecture
Hybrid Cloud | hard_skill | | Multi-Cloud, Private Cloud
Private Cloud | hard_skill | | Hybrid Cloud, OpenStack
Serverless | hard_skill | Function as a Service, =FaaS | AWS Lambda, Azure Functions, Google Cloud Functions
Infrastructure as a Service | hard_skill | =IaaS | Platform as a Service, Cloud Computing
Platform as a Service | hard_skill | =PaaS | Infrastructure as a Service, Cloud Computing
Cloud Cost Optimization | hard_skill | Cloud Cost Management | FinOps
FinOps | hard_skill | Cloud Financial Management | Cloud Cost Optimization
Virtual Private Cloud | hard_skill | =VPC | Amazon VPC, Azure Virtual Network
Content Delivery Network | hard_skill | =CDN | Cloudflare, Amazon CloudFront
# ---- Reliability, observability, infrastructure ----
Site Reliability Engineering | hard_skill | =SRE | Observability, Incident Management, Chaos Engineering
Observability | hard_skill | | System Monitoring, OpenTelemetry, Site Reliability Engineering
System Monitoring | hard_skill | Infrastructure Monitoring | Observability, Prometheus, Nagios
Application Performance Monitoring | hard_skill | =APM, Application Performance Management | Observability, Dynatrace, New Relic
Log Management | hard_skill | Log Analysis, Centralized Logging | ELK Stack, Splunk
Incident Management | hard_skill | | Site Reliability Engineering, ITIL, PagerDuty
Problem Management | hard_skill | | Incident Management, ITIL
Chaos Engineering | hard_skill | | Site Reliability Engineering, High Availability
Load Balancing | hard_skill | | High Availability, Elastic Load Balancing, F5 BIG-IP
High Availability | hard_skill | | Disaster Recovery, Load Balancing
Disaster Recovery | hard_skill | | Backup and Recovery, High Availability
Backup and Recovery | hard_skill | Backup and Restore, Data Backup | Disaster Recovery, Veeam
Capacity Planning | hard_skill | | High Availability, System Monitoring
IT Infrastructure | hard_skill | | System Administration, Cloud Infrastructure
Virtualization | hard_skill | Server Virtualization | VMware, Hyper-V
Virtual Desktop Infrastructure | hard_skill | =VDI | Citrix, VMware Horizon, Azure Virtual Desktop
VMware | tool | | VMware vSphere, Virtualization
VMware vSphere | tool | vSphere, ESXi, vCenter | VMware, Virtualization
VMware Horizon | tool | | Virtual Desktop Infrastructure, Citrix
Hyper-V | tool | | Virtualization, Windows Server
OpenStack | tool | | Private Cloud, Virtualization
Citrix | tool | Citrix Virtual Apps, XenApp, XenDesktop | Virtual Desktop Infrastructure
Proxmox | tool | Proxmox VE | Virtualization
Storage Area Network | hard_skill | =SAN | Network Attached Storage, NetApp
Network Attached Storage | hard_skill | =NAS | Storage Area Network
=RAID | hard_skill | | Storage Area Network, Backup and Recovery
NetApp | tool | | Storage Area Network
Veeam | tool | | Backup and Recovery, Commvault
Commvault | tool | | Backup and Recovery, Veeam
# ---- Monitoring and observability tools ----
Prometheus | tool | | Grafana, System Monitoring
Grafana | tool | | Prometheus, Dashboards
Datadog | tool | | New Relic, Dynatrace, Observability
Splunk | tool | | SIEM, Log Management, ELK Stack
New Relic | tool | | Datadog, Application Performance Monitoring
ELK Stack | tool | Elastic Stack | Kibana, Logstash, Log Management
Kibana | tool | | ELK Stack, Grafana
Logstash | tool | | ELK Stack
Dynatrace | tool | | AppDynamics, Application Performance Monitoring
AppDynamics | tool | | Dynatrace, Application Performance Monitoring
PagerDuty | tool | | Incident Management
Nagios | tool | | Zabbix, System Monitoring
Zabbix | tool | | Nagios, System Monitoring
SolarWinds | tool | | Network Monitoring, PRTG
PRTG | tool | PRTG Network Monitor | SolarWinds, Network Monitoring
OpenTelemetry | tool | | Observability
Sumo Logic | tool | | Splunk, Log Management
# ---- Security: disciplines ----
Cybersecurity | hard_skill | Cyber Security | Information Security, Network Security
Information Security | hard_skill | InfoSec | Cybersecurity, ISO 27001
Network Security | hard_skill | | Firewalls, IDS/IPS, Cybersecurity
Application Security | hard_skill | AppSec | Secure Coding, OWASP, Static Application Security Testing
Cloud Security | hard_skill | | Cloud Security Posture Management, Identity and Access Management
Endpoint Protection | hard_skill | Endpoint Security | Endpoint Detection and Response, CrowdStrike
Endpoint Detection and Response | hard_skill | =EDR | Endpoint Protection, CrowdStrike, SentinelOne
Email Security | hard_skill | | Proofpoint, Security Awareness Training
Security Awareness Training | hard_skill | | Email Security, KnowBe4
Penetration Testing | hard_skill | Pen Testing, Pentesting | Ethical Hacking, Vulnerability Assessment, Burp Suite
Ethical Hacking | hard_skill | | Penetration Testing, Red Teaming
Red Teaming | hard_skill | | Penetration Testing, Ethical Hacking
Vulnerability Assessment | hard_skill | | Vulnerability Management, Penetration Testing
Vulnerability Management | hard_skill | | Vulnerability Scanning, Patch Management, Nessus
Vulnerability Scanning | hard_skill | | Nessus, Qualys, Vulnerability Management
Threat Modeling | hard_skill | | Security Architecture, Application Security
Threat Intelligence | hard_skill | Cyber Threat Intelligence | Threat Hunting, MITRE ATT&CK
Threat Hunting | hard_skill | | Threat Intelligence, SIEM
Threat Detection | hard_skill | | SIEM, IDS/IPS
Incident Response | hard_skill | | Digital Forensics, SIEM, Security Operations Center
SIEM | hard_skill | Security Information and Event Management | Splunk, Microsoft Sentinel, IBM QRadar
Security Operations Center | hard_skill | =SOC, Security Operations, SecOps | SIEM, Incident Response
Identity and Access Management | hard_skill | =IAM, Identity Management | Single Sign-On, Privileged Access Management, Okta
Privileged Access Management | hard_skill | =PAM | CyberArk, Identity and Access Management
Multi-Factor Authentication | hard_skill | Two-Factor Authentication, =2FA | Identity and Access Management, Single Sign-On
Single Sign-On | hard_skill | =SSO | SAML, OAuth, Okta
User Provisioning | hard_skill | Account Provisioning | Identity and Access Management, Active Directory
OAuth | hard_skill | OAuth2 | OpenID Connect, Single Sign-On
OpenID Connect | hard_skill | =OIDC | OAuth, SAML
SAML | hard_skill | Security Assertion Markup Language | Single Sign-On, OAuth
LDAP | hard_skill | Lightweight Directory Access Protocol | Active Directory, Kerberos
Kerberos | hard_skill | | Active Directory, LDAP
=RADIUS | hard_skill | | Network Access Control, LDAP
Zero Trust | hard_skill | Zero Trust Architecture, =ZTNA | Identity and Access Management, Network Segmentation
Network Segmentation | hard_skill | | Zero Trust, VLAN, Firewalls
Encryption | hard_skill | | Cryptography, Public Key Infrastructure
Cryptography | hard_skill | | Encryption, Public Key Infrastructure
Public Key Infrastructure | hard_skill | =PKI | SSL/TLS, Encryption
SSL/TLS | hard_skill | =TLS, =SSL | Public Key Infrastructure, Encryption
Firewalls | hard_skill | | Network Security, Palo Alto Networks, Fortinet
Web Application Firewall | hard_skill | =WAF | AWS WAF, Application Security
IDS/IPS | hard_skill | Intrusion Detection, Intrusion Prevention | Snort, Suricata, Network Security
Network Access Control | hard_skill | =NAC | Network Security, RADIUS
Data Loss Prevention | hard_skill | =DLP | Data Security, Microsoft Purview
Malware Analysis | hard_skill | | Digital Forensics, Ghidra, Incident Response
Digital Forensics | hard_skill | Computer Forensics, =DFIR | Incident Response, EnCase, Forensic Toolkit
Security Risk Assessment | hard_skill | Cybersecurity Risk Assessment, IT Risk Assessment | Risk Management Framework, Vulnerability Assessment
Risk Management Framework | hard_skill | =RMF, NIST RMF | NIST SP 800-53, Security Risk Assessment
Security Auditing | hard_skill | | IT Audit, Governance Risk and Compliance
IT Audit | hard_skill | | Security Auditing, CISA
Governance Risk and Compliance | hard_skill | =GRC | Security Risk Assessment, ISO 27001
Security Architecture | hard_skill | | Threat Modeling, Zero Trust
Secure Coding | hard_skill | Secure Software Development | Application Security, OWASP
DevSecOps | hard_skill | | Application Security, Static Application Security Testing
Static Application Security Testing | hard_skill | =SAST | Dynamic Application Security Testing, Checkmarx, Veracode
Dynamic Application Security Testing | hard_skill | =DAST | Static Application Security Testing, Burp Suite, OWASP ZAP
Secrets Management | hard_skill | | AWS Secrets Manager, Azure Key Vault
Cloud Security Posture Management | hard_skill | =CSPM | Cloud Security, Microsoft Defender for Cloud
# ---- Security: frameworks and standards ----
OWASP | hard_skill | OWASP Top 10 | Application Security, OWASP ZAP
MITRE ATT&CK | hard_skill | | Threat Intelligence, Threat Hunting
NIST Cybersecurity Framework | hard_skill | NIST CSF | NIST SP 800-53, ISO 27001
NIST SP 800-53 | hard_skill | NIST 800-53 | NIST Cybersecurity Framework, FedRAMP, FISMA
NIST SP 800-171 | hard_skill | NIST 800-171 | CMMC, NIST SP 800-53
ISO 27001 | hard_skill | ISO/IEC 27001 | SOC 2, NIST Cybersecurity Framework
SOC 2 | hard_skill | SOC II | ISO 27001, Security Auditing
PCI DSS | hard_skill | Payment Card Industry Data Security Standard | SOC 2, Security Auditing
CIS Controls | hard_skill | CIS Benchmarks | NIST Cybersecurity Framework
FedRAMP | hard_skill | | NIST SP 800-53, FISMA
CMMC | hard_skill | Cybersecurity Maturity Model Certification | NIST SP 800-171
FISMA | hard_skill | Federal Information Security Management Act | NIST SP 800-53, FedRAMP
COBIT | hard_skill | | IT Audit, ITIL
# ---- Security tools ----
Burp Suite | tool | | Penetration Testing, OWASP ZAP
OWASP ZAP | tool | Zed Attack Proxy | Burp Suite, Dynamic Application Security Testing
Metasploit | tool | | Penetration Testing, Kali Linux
Nmap | tool | | Wireshark, Penetration Testing
Wireshark | tool | | Nmap, Network Troubleshooting
Nessus | tool | Tenable Nessus | Qualys, Vulnerability Scanning
Qualys | tool | | Nessus, Vulnerability Management
Rapid7 | tool | InsightVM | Nessus, Vulnerability Management
Kali Linux | tool | | Metasploit, Penetration Testing
=Snort | tool | | Suricata, IDS/IPS
Suricata | tool | | Snort, IDS/IPS
IBM QRadar | tool | QRadar | SIEM, Splunk
LogRhythm | tool | | SIEM
CrowdStrike | tool | CrowdStrike Falcon | Endpoint Detection and Response, SentinelOne
SentinelOne | tool | | CrowdStrike, Endpoint Detection and Response
VMware Carbon Black | tool | | Endpoint Detection and Response, CrowdStrike
Trellix | tool | McAfee | Endpoint Protection
Palo Alto Networks | tool | =PAN-OS | Firewalls, Fortinet
Fortinet | tool | FortiGate | Firewalls, Palo Alto Networks
Check Point Firewall | tool | | Firewalls, Palo Alto Networks
Cisco ASA | tool | Cisco Adaptive Security Appliance | Firewalls
Zscaler | tool | | Zero Trust, Cloud Security
Okta | tool | | Single Sign-On, Identity and Access Management
Ping Identity | tool | | Okta, Single Sign-On
CyberArk | tool | | Privileged Access Management
SailPoint | tool | | Identity and Access Management
Proofpoint | tool | | Email Security
KnowBe4 | tool | | Security Awareness Training
Veracode | tool | | Static Application Security Testing, Checkmarx
Checkmarx | tool | | Static Application Security Testing, Veracode
Snyk | tool | | Application Security, DevSecOps
Ghidra | tool | | Malware Analysis, IDA Pro
IDA Pro | tool | | Ghidra, Malware Analysis
=EnCase | tool | | Digital Forensics, Forensic Toolkit
Forensic Toolkit | tool | =FTK | Digital Forensics, EnCase
# ---- Networking ----
Computer Networking | hard_skill | | TCP/IP, Network Administration
TCP/IP | hard_skill | | Network Protocols, DNS, Subnetting
Network Protocols | hard_skill | | TCP/IP, OSI Model
OSI Model | hard_skill | | TCP/IP, Network Protocols
DNS | hard_skill | Domain Name System | DHCP, TCP/IP
DHCP | hard_skill | Dynamic Host Configuration Protocol | DNS, TCP/IP
Subnetting | hard_skill | IP Addressing | TCP/IP, VLAN
LAN/WAN | hard_skill | =LAN, =WAN, Local Area Network, Wide Area Network | Routing and Switching, SD-WAN
VPN | hard_skill | Virtual Private Network | IPsec, Network Security
IPsec | hard_skill | | VPN
Routing and Switching | hard_skill | Routing & Switching | BGP, OSPF, VLAN, Cisco Networking
BGP | hard_skill | Border Gateway Protocol | OSPF, Routing and Switching
OSPF | hard_skill | Open Shortest Path First | BGP, EIGRP
EIGRP | hard_skill | | OSPF, Routing and Switching
MPLS | hard_skill | | BGP, SD-WAN
VLAN | hard_skill | Virtual LAN | Routing and Switching, Subnetting
Quality of Service | hard_skill | =QoS | VoIP, Routing and Switching
SD-WAN | hard_skill | Software-Defined WAN | LAN/WAN, MPLS
Software-Defined Networking | hard_skill | =SDN | SD-WAN
Wireless Networking | hard_skill | =WLAN, Wireless LAN | Aruba Networks, Cisco Meraki
SNMP | hard_skill | Simple Network Management Protocol | Network Monitoring
VoIP | hard_skill | Voice over IP | Quality of Service, Telecommunications
Network Administration | hard_skill | | Network Engineering, Network Monitoring, System Administration
Network Engineering | hard_skill | | Network Administration, Routing and Switching, Network Architecture
Network Architecture | hard_skill | Network Design | Network Engineering
Network Monitoring | hard_skill | | SolarWinds, PRTG, SNMP
Network Troubleshooting | hard_skill | | Wireshark, Troubleshooting
Cisco IOS | tool | | Cisco Networking, Routing and Switching
Cisco Networking | tool | Cisco Routers, Cisco Switches | Cisco IOS, Routing and Switching
Cisco Meraki | tool | Meraki | Cisco Networking, Wireless Networking
Cisco Packet Tracer | tool | Packet Tracer | Cisco Networking, CCNA
Juniper Networks | tool | Junos | Cisco Networking, Routing and Switching
Aruba Networks | tool | HPE Aruba | Wireless Networking
F5 BIG-IP | tool | =F5 | Load Balancing
# ---- Systems administration and IT support ----
System Administration | hard_skill | Sysadmin, Server Administration | Windows Server, Active Directory
Windows Server | tool | | Active Directory, Hyper-V, Group Policy
Active Directory | tool | Active Directory Domain Services, =AD DS | Group Policy, Azure Active Directory, LDAP
Group Policy | hard_skill | =GPO | Active Directory, Windows Server
Exchange Server | tool | Microsoft Exchange, Exchange Online | Microsoft 365 Administration, Active Directory
Microsoft 365 Administration | hard_skill | Office 365 Administration, O365 Administration, M365 Administration | Exchange Server, Azure Active Directory
Google Workspace Administration | hard_skill | G Suite Administration | Microsoft 365 Administration
IIS | tool | Internet Information Services | Windows Server
Windows Server Update Services | tool | =WSUS | Patch Management, Windows Server
SCCM | tool | Microsoft Endpoint Configuration Manager, =MECM, ConfigMgr, System Center Configuration Manager | Microsoft Intune, Patch Management
Microsoft Intune | tool | Intune, Microsoft Endpoint Manager | Mobile Device Management, SCCM
Jamf | tool | Jamf Pro | Mobile Device Management, Microsoft Intune
Mobile Device Management | hard_skill | | Microsoft Intune, Jamf
Patch Management | hard_skill | | Vulnerability Management, SCCM
Disk Imaging | hard_skill | OS Imaging | SCCM, Desktop Support
Help Desk | hard_skill | Helpdesk, Service Desk | Technical Support, Ticketing Systems, Desktop Support
Technical Support | hard_skill | Tech Support, IT Support | Help Desk, Troubleshooting
Desktop Support | hard_skill | End-User Support | Help Desk, Hardware Troubleshooting
Troubleshooting | hard_skill | | Technical Support, Network Troubleshooting
Hardware Troubleshooting | hard_skill | | Hardware Installation, Desktop Support
Hardware Installation | hard_skill | | Hardware Troubleshooting, Desktop Support
Ticketing Systems | hard_skill | | ServiceNow, Jira Service Management, Help Desk
ServiceNow | tool | | IT Service Management, Ticketing Systems
Jira Service Management | tool | Jira Service Desk | ServiceNow, Ticketing Systems
BMC Remedy | tool | BMC Helix ITSM | ServiceNow, IT Service Management
Freshservice | tool | | ServiceNow, Ticketing Systems
ManageEngine | tool | | ServiceNow, IT Asset Management
ConnectWise | tool | | Kaseya, Managed IT Services
Kaseya | tool | | ConnectWise, Managed IT Services
ITIL | hard_skill | Information Technology Infrastructure Library | IT Service Management, ITIL Foundation
IT Service Management | hard_skill | =ITSM | ITIL, ServiceNow, Incident Management
IT Asset Management | hard_skill | =ITAM | IT Service Management, ServiceNow
# ---- Certifications: cloud ----
AWS Certified Solutions Architect | certification | =SAA-C03 | Amazon Web Services, AWS Certified Developer
AWS Certified Developer | certification | =DVA-C02 | Amazon Web Services, AWS Certified Solutions Architect
AWS Certified Cloud Practitioner | certification | =CLF-C02 | Amazon Web Services
AWS Certified SysOps Administrator | certification | | Amazon Web Services, AWS Certified Solutions Architect
AWS Certified DevOps Engineer | certification | | Amazon Web Services, AWS Certified Developer
AWS Certified Security Specialty | certification | | Amazon Web Services, Cloud Security
AWS Certified Machine Learning | certification | | Amazon SageMaker, Machine Learning
AWS Certified Data Engineer | certification | AWS Certified Data Analytics | Amazon Web Services, Data Engineering
Azure Fundamentals | certification | =AZ-900 | Microsoft Azure, Azure Administrator Associate
Azure Administrator Associate | certification | =AZ-104 | Microsoft Azure, Azure Solutions Architect Expert
Azure Solutions Architect Expert | certification | =AZ-305 | Microsoft Azure, Azure Administrator Associate
Azure Developer Associate | certification | =AZ-204 | Microsoft Azure
Azure Security Engineer Associate | certification | =AZ-500 | Microsoft Azure, Cloud Security
Azure DevOps Engineer Expert | certification | =AZ-400 | Azure DevOps
Azure Data Engineer Associate | certification | =DP-203 | Azure Data Factory, Azure Synapse Analytics
Azure Data Scientist Associate | certification | =DP-100 | Azure Machine Learning
Azure AI Engineer Associate | certification | =AI-102 | Azure AI Services
Power BI Data Analyst Associate | certification | =PL-300, =DA-100 | Power BI
Google Professional Cloud Architect | certification | Professional Cloud Architect | Google Cloud Platform
Google Associate Cloud Engineer | certification | Associate Cloud Engineer | Google Cloud Platform
Google Professional Data Engineer | certification | Professional Data Engineer | BigQuery, Google Cloud Platform
Google Professional Machine Learning Engineer | certification | Professional Machine Learning Engineer | Vertex AI
VMware Certified Professional | certification | =VCP | VMware vSphere
# ---- Certifications: security ----
CISSP | certification | Certified Information Systems Security Professional | CISM, CCSP
CISM | certification | Certified Information Security Manager | CISSP, CISA
CISA | certification | Certified Information Systems Auditor | IT Audit, CISM
CRISC | certification | Certified in Risk and Information Systems Control | CISA, Governance Risk and Compliance
CCSP | certification | Certified Cloud Security Professional | CISSP, Cloud Security
SSCP | certification | Systems Security Certified Practitioner | CISSP
CEH | certification | Certified Ethical Hacker | OSCP, Ethical Hacking
OSCP | certification | Offensive Security Certified Professional | CEH, Penetration Testing
CompTIA Security+ | certification | Security+ | CompTIA Network+, CompTIA CySA+
CompTIA Network+ | certification | Network+ | CompTIA A+, CompTIA Security+
CompTIA A+ | certification | | CompTIA Network+, Technical Support
CompTIA CySA+ | certification | CySA+ | CompTIA Security+
CompTIA PenTest+ | certification | PenTest+ | Penetration Testing
CompTIA CASP+ | certification | CASP+, CompTIA SecurityX | CompTIA Security+
CompTIA Cloud+ | certification | Cloud+ | Cloud Computing
CompTIA Server+ | certification | Server+ | System Administration
CompTIA Data+ | certification | | Data Analysis
GIAC Security Essentials | certification | =GSEC | CompTIA Security+
GIAC Certified Incident Handler | certification | =GCIH | Incident Response
Google Cybersecurity Certificate | certification | Google Cybersecurity Professional Certificate | Cybersecurity
# ---- Certifications: networking and IT ----
CCNA | certification | Cisco Certified Network Associate | CCNP, Cisco Networking
CCNP | certification | Cisco Certified Network Professional | CCNA, CCIE
CCIE | certification | Cisco Certified Internetwork Expert | CCNP
ITIL Foundation | certification | ITIL 4 Foundation, ITIL v3 Foundation | ITIL
MCSA | certification | Microsoft Certified Solutions Associate | MCSE, Windows Server
MCSE | certification | Microsoft Certified Solutions Expert | MCSA, Windows Server
Microsoft 365 Endpoint Administrator | certification | Modern Desktop Administrator Associate, =MD-102 | Microsoft Intune
Google IT Support Certificate | certification | Google IT Support Professional Certificate | Technical Support, CompTIA A+
# ---- Certifications: data and ML ----
Certified Data Professional | certification | | Certified Data Management Professional
Certified Data Management Professional | certification | =CDMP | Data Governance, Certified Data Professional
Certified Analytics Professional | certification | | Data Analysis
Tableau Certified Data Analyst | certification | | Tableau, Tableau Desktop Specialist
Tableau Desktop Specialist | certification | | Tableau, Tableau Certified Data Analyst
TensorFlow Developer Certificate | certification | | TensorFlow, Deep Learning
Databricks Certified Data Engineer | certification | | Databricks, Data Engineering
Databricks Certified Associate Developer for Apache Spark | certification | | Databricks, Apache Spark
Databricks Certified Machine Learning | certification | | Databricks, Machine Learning
SnowPro Core | certification | SnowPro Core Certification, SnowPro Advanced | Snowflake
Google Data Analytics Certificate | certification | Google Data Analytics Professional Certificate | Data Analysis
IBM Data Science Professional Certificate | certification | | Data Science
SAS Certified Specialist | certification | SAS Certified Base Programmer | SAS
# ---- Domains ----
Artificial Intelligence | domain | =AI | Machine Learning, Generative AI, Deep Learning
Information Technology | domain | =IT | IT Infrastructure, Technical Support
Data Centers | domain | Data Centres, Datacenter | IT Infrastructure, Virtualization
Telecommunications | domain | Telecom, Telco | VoIP, Computer Networking
Internet of Things | domain | =IoT | Edge Computing
Edge Computing | domain | | Internet of Things, Content Delivery Network
Managed IT Services | domain | | ConnectWise, Kaseya
Quantum Computing | domain | | Artificial Intelligence
`;
