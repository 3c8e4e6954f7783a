// Software engineering: languages, frameworks, platforms, practices. Authored for this project.
export default String.raw`
# canonical | category | aliases | related

# Programming, scripting, query and markup languages
Python | hard_skill | | Django, Flask, FastAPI, pytest
Java | hard_skill | Core Java, Java SE, J2SE | Spring Boot, JVM, Kotlin, Java EE
JavaScript | hard_skill | JS, ECMAScript, ES6, Vanilla JS, Java Script | TypeScript, Node.js, React, HTML
TypeScript | hard_skill | =TS | JavaScript, Angular, Node.js
=C | hard_skill | ANSI C, C Programming | C++, Embedded C, Assembly Language
C++ | hard_skill | C Plus Plus | C, Qt, CMake
C# | hard_skill | C Sharp, CSharp | .NET, ASP.NET, Unity
=Go | hard_skill | Golang | Rust, C++, gRPC, Microservices
=Rust | hard_skill | | C++, Go, WebAssembly
Kotlin | hard_skill | | Java, Android Development, Jetpack Compose
=Swift | hard_skill | | iOS Development, SwiftUI, Objective-C, Xcode
Objective-C | hard_skill | ObjC, Obj-C | Swift, iOS Development, Xcode
PHP | hard_skill | | Laravel, Symfony, MySQL
=Ruby | hard_skill | | Ruby on Rails, RSpec
Scala | hard_skill | | Java, Akka, Play Framework, Functional Programming
Perl | hard_skill | | Shell Scripting, Python
=Bash | hard_skill | Bash Scripting | Shell Scripting, Linux
Shell Scripting | hard_skill | Unix Shell Scripting | Bash, Linux, Unix
PowerShell | hard_skill | Windows PowerShell | Shell Scripting, .NET
Lua | hard_skill | | C, Game Development
Haskell | hard_skill | | Functional Programming, OCaml
=Elixir | hard_skill | | Erlang, Phoenix Framework, Functional Programming
Erlang | hard_skill | | Elixir, Distributed Systems
Clojure | hard_skill | | Java, Functional Programming
=Dart | hard_skill | | Flutter
COBOL | hard_skill | | JCL, CICS, IBM Db2
CICS | tool | | COBOL, JCL
JCL | hard_skill | Job Control Language | COBOL
Fortran | hard_skill | | C
Assembly Language | hard_skill | x86 Assembly, ARM Assembly | C, Embedded Systems
SQL | hard_skill | Structured Query Language | PostgreSQL, MySQL, SQL Server, PL/SQL
PL/SQL | hard_skill | PLSQL | Oracle Database, SQL
T-SQL | hard_skill | Transact-SQL, TSQL | SQL Server, SQL
HTML | hard_skill | HTML5, Hypertext Markup Language | CSS, JavaScript
CSS | hard_skill | CSS3, Cascading Style Sheets | HTML, Sass, Tailwind CSS
=Sass | hard_skill | SCSS | CSS, LESS
=LESS | hard_skill | | CSS, Sass
JSX | hard_skill | | React, JavaScript
F# | hard_skill | F Sharp | .NET, Functional Programming, OCaml
OCaml | hard_skill | | Haskell, F#
=Groovy | hard_skill | | Java, Jenkins, Gradle
Visual Basic | hard_skill | VB6 | VB.NET
VB.NET | hard_skill | Visual Basic .NET | .NET, Visual Basic
Delphi | hard_skill | Object Pascal | Visual Basic, C++
WebAssembly | hard_skill | Wasm | Rust, JavaScript
CoffeeScript | hard_skill | | JavaScript
=Solidity | hard_skill | | Smart Contracts, Ethereum
XML | hard_skill | | JSON, XSLT
XSLT | hard_skill | | XML
JSON | hard_skill | | XML, REST APIs
YAML | hard_skill | | JSON, Kubernetes
GraphQL | hard_skill | | REST APIs, Apollo GraphQL
Regular Expressions | hard_skill | Regex, RegExp | Perl, Shell Scripting
UML | hard_skill | Unified Modeling Language | Object-Oriented Design, Software Design
XAML | hard_skill | | WPF, .NET MAUI

# Front-end frameworks, libraries and build tooling
=React | tool | ReactJS | JavaScript, Redux, Next.js, React Native
=Redux | tool | | React, MobX
MobX | tool | | React, Redux
Next.js | tool | | React, Server-Side Rendering
=Gatsby | tool | Gatsby.js | React, GraphQL
=Angular | tool | | TypeScript, RxJS, AngularJS
AngularJS | tool | | Angular, JavaScript
RxJS | tool | | Angular, Reactive Programming
NgRx | tool | | Angular, RxJS, Redux
Vue.js | tool | =Vue | Nuxt.js, Vuex, JavaScript
Vuex | tool | | Vue.js
Nuxt.js | tool | Nuxt | Vue.js, Server-Side Rendering
=Svelte | tool | | SvelteKit, JavaScript
SvelteKit | tool | | Svelte
Ember.js | tool | =Ember | JavaScript
Backbone.js | tool | =Backbone | JavaScript, jQuery
=Meteor | tool | Meteor.js | Node.js, MongoDB
jQuery | tool | | JavaScript, AJAX
HTMX | tool | | HTML
Thymeleaf | tool | | Spring
Three.js | tool | | WebGL, JavaScript
WebGL | hard_skill | | Three.js, OpenGL
Web Components | hard_skill | | JavaScript, HTML
=Electron | tool | Electron.js | Node.js, JavaScript
Webpack | tool | | Vite, Babel, npm
Vite | tool | | Webpack
=Babel | tool | | Webpack, JavaScript
ESLint | tool | | JavaScript, TypeScript
=Gulp | tool | Gulp.js | Webpack, npm
npm | tool | Node Package Manager | Node.js, Yarn
=Yarn | tool | | npm
pnpm | tool | | npm
=Storybook | tool | | React
Material UI | tool | MUI | React
=Bootstrap | tool | Twitter Bootstrap | CSS, Responsive Design
Tailwind CSS | tool | =Tailwind, TailwindCSS | CSS
Styled Components | tool | | React, CSS
AJAX | hard_skill | | JavaScript, jQuery
State Management | hard_skill | | Redux, NgRx, Vuex
Responsive Design | hard_skill | Responsive Web Design | CSS, Cross-Browser Compatibility
Cross-Browser Compatibility | hard_skill | Cross-Browser Testing | Responsive Design, HTML, CSS
Web Accessibility | hard_skill | WCAG, a11y | HTML
Progressive Web Apps | hard_skill | PWA, Progressive Web Applications | JavaScript, Single-Page Applications
Single-Page Applications | hard_skill | =SPA, Single-Page Apps | React, Angular, Vue.js
Server-Side Rendering | hard_skill | =SSR | Next.js, Nuxt.js
Micro Frontends | hard_skill | | Front-End Development, Microservices
Web Performance Optimization | hard_skill | Web Performance | Front-End Development
=Internationalization | hard_skill | i18n | Front-End Development

# Back-end runtimes, frameworks and libraries
Node.js | tool | | JavaScript, Express, npm, NestJS
=Express | tool | Express.js | Node.js
NestJS | tool | | Node.js, TypeScript
Fastify | tool | | Node.js
Deno | tool | | TypeScript, Node.js
Socket.IO | tool | | WebSockets, Node.js
Sequelize | tool | | Node.js, Object-Relational Mapping
Prisma | tool | | Node.js, TypeScript, Object-Relational Mapping
TypeORM | tool | | TypeScript, Object-Relational Mapping
Django | tool | | Python, Django REST Framework
Django REST Framework | tool | DRF | Django, REST APIs
=Flask | tool | | Python
FastAPI | tool | | Python, REST APIs
=Celery | tool | | Python, RabbitMQ, Redis
SQLAlchemy | tool | | Python, Object-Relational Mapping
=Spring | tool | Spring Framework | Java, Spring Boot
Spring Boot | tool | | Spring, Java, Microservices
Spring MVC | tool | | Spring
Spring Security | tool | | Spring
Spring Cloud | tool | | Spring Boot, Microservices
=Hibernate | tool | | JPA, Java, Object-Relational Mapping
JPA | tool | Java Persistence API | Hibernate
JDBC | tool | Java Database Connectivity | Java, SQL
Java EE | tool | Jakarta EE, J2EE, JEE | Java, Servlets
Servlets | tool | Java Servlets | JSP, Java EE
JSP | tool | JavaServer Pages | Servlets
JSF | tool | JavaServer Faces | Java EE
JAX-RS | tool | | Java EE, REST APIs
Apache Struts | tool | =Struts | Java EE
JMS | tool | Java Message Service | ActiveMQ
Quarkus | tool | | Java, Microservices
Micronaut | tool | | Java, Microservices
JavaFX | tool | | Java
Java Swing | tool | =Swing | Java, JavaFX
JVM | tool | Java Virtual Machine | Java
MyBatis | tool | iBATIS | Java, SQL
Play Framework | tool | | Scala, Java
Akka | tool | | Scala
MuleSoft | tool | Mule ESB | API Integration
Apache Tomcat | tool | =Tomcat | Java
JBoss | tool | WildFly, JBoss EAP | Java EE
Oracle WebLogic | tool | WebLogic | Java EE
IBM WebSphere | tool | WebSphere | Java EE
.NET | tool | dotnet | C#, ASP.NET
.NET Core | tool | | .NET, ASP.NET Core
.NET Framework | tool | | .NET
ASP.NET | tool | | C#, .NET
ASP.NET Core | tool | | ASP.NET, .NET Core
ASP.NET MVC | tool | | ASP.NET, MVC
ASP.NET Web API | tool | | ASP.NET, REST APIs
ASP.NET Web Forms | tool | | ASP.NET
Entity Framework | tool | EF Core | Object-Relational Mapping, .NET
LINQ | tool | Language Integrated Query | C#
WPF | tool | Windows Presentation Foundation | C#, XAML
Windows Forms | tool | WinForms | C#
Blazor | tool | | ASP.NET Core
SignalR | tool | | ASP.NET Core, WebSockets
WCF | tool | Windows Communication Foundation | .NET, SOAP
NuGet | tool | | .NET
Ruby on Rails | tool | =Rails, RoR | Ruby
=Sinatra | tool | | Ruby
Laravel | tool | | PHP
Symfony | tool | | PHP
CodeIgniter | tool | | PHP
CakePHP | tool | | PHP
Phoenix Framework | tool | | Elixir
=Qt | tool | | C++
gRPC | tool | | Protocol Buffers, Microservices
Protocol Buffers | tool | Protobuf | gRPC
Apollo GraphQL | tool | Apollo Client, Apollo Server | GraphQL
OpenAPI | tool | =Swagger, OpenAPI Specification | REST APIs, API Design

# APIs, architecture and integration
REST APIs | hard_skill | =REST, =RESTful, RESTful Web Services | API Design, JSON
=SOAP | hard_skill | SOAP Web Services | XML, Web Services
Web Services | hard_skill | | REST APIs, SOAP
API Development | hard_skill | | REST APIs, API Design
API Design | hard_skill | | REST APIs, OpenAPI
API Integration | hard_skill | | REST APIs
Webhooks | hard_skill | | REST APIs
WebSockets | hard_skill | | Socket.IO
WebRTC | hard_skill | | WebSockets
Microservices | hard_skill | Microservice Architecture | Docker, Kubernetes, Distributed Systems
Service-Oriented Architecture | hard_skill | =SOA | Microservices
Event-Driven Architecture | hard_skill | | Message Queues, Microservices
CQRS | hard_skill | Command Query Responsibility Segregation | Event Sourcing, Domain-Driven Design
Event Sourcing | hard_skill | | CQRS
MVC | hard_skill | Model-View-Controller | MVVM, ASP.NET MVC
MVVM | hard_skill | Model-View-ViewModel | MVC
Clean Architecture | hard_skill | | SOLID Principles, Hexagonal Architecture
Hexagonal Architecture | hard_skill | Ports and Adapters | Clean Architecture, Domain-Driven Design
Dependency Injection | hard_skill | | Spring, SOLID Principles
Object-Relational Mapping | hard_skill | ORM | Hibernate, Entity Framework
Caching | hard_skill | | Redis, Memcached
Message Queues | hard_skill | Message Brokers | RabbitMQ, ActiveMQ
RabbitMQ | tool | | Message Queues
ActiveMQ | tool | Apache ActiveMQ | JMS, Message Queues
IBM MQ | tool | WebSphere MQ, MQSeries | Message Queues
Feature Flags | hard_skill | Feature Toggles | Continuous Delivery

# Mobile
=iOS | tool | | iOS Development, Swift
Android | tool | | Android Development, Kotlin
iOS Development | hard_skill | | Swift, Xcode, SwiftUI
Android Development | hard_skill | | Kotlin, Android Studio, Android SDK
Mobile Development | domain | Mobile App Development | iOS Development, Android Development, React Native, Flutter
Cross-Platform Development | hard_skill | Cross-Platform Mobile Development | React Native, Flutter, Xamarin
SwiftUI | tool | | Swift, UIKit
UIKit | tool | | Swift, iOS Development
Core Data | tool | | iOS Development
Xcode | tool | | Swift, iOS Development
CocoaPods | tool | | Xcode
XCTest | tool | XCUITest | Xcode, Unit Testing
Jetpack Compose | tool | | Kotlin, Android Development
Android SDK | tool | | Android Development
Android Studio | tool | | Android Development, Kotlin
RxJava | tool | | Reactive Programming, Android Development
=Flutter | tool | | Dart, Cross-Platform Development
React Native | tool | | React, Cross-Platform Development
Xamarin | tool | Xamarin.Forms | C#, .NET MAUI
.NET MAUI | tool | =MAUI | Xamarin, C#
=Ionic | tool | Ionic Framework | Angular, Apache Cordova
Apache Cordova | tool | Cordova, PhoneGap | Ionic
Kotlin Multiplatform | tool | | Kotlin, Cross-Platform Development
=Fastlane | tool | | iOS Development, CI/CD
ARKit | tool | | iOS Development
ARCore | tool | | Android Development

# Databases and data stores
PostgreSQL | tool | Postgres | SQL, MySQL
MySQL | tool | | SQL, MariaDB
MariaDB | tool | | MySQL
Oracle Database | tool | Oracle DB, Oracle RDBMS, =Oracle, =ORACLE | PL/SQL, SQL
SQL Server | tool | Microsoft SQL Server, MSSQL, MS SQL | T-SQL
SQLite | tool | | SQL
MongoDB | tool | =Mongo | NoSQL, Mongoose
=Mongoose | tool | | MongoDB, Node.js
Redis | tool | | Caching, Memcached
Memcached | tool | | Caching, Redis
Cassandra | tool | Apache Cassandra | NoSQL
Elasticsearch | tool | Elastic Search | Apache Solr
Apache Solr | tool | Solr | Apache Lucene, Elasticsearch
Apache Lucene | tool | Lucene | Elasticsearch
Neo4j | tool | | Graph Databases, NoSQL
Couchbase | tool | | NoSQL
CouchDB | tool | Apache CouchDB | NoSQL
IBM Db2 | tool | DB2 | SQL
NoSQL | hard_skill | | MongoDB, Cassandra
Relational Databases | hard_skill | RDBMS | SQL
Graph Databases | hard_skill | | Neo4j
Database Design | hard_skill | Database Schema Design | Relational Databases, SQL
Query Optimization | hard_skill | SQL Tuning, SQL Optimization | SQL
Stored Procedures | hard_skill | | SQL, PL/SQL, T-SQL

# Testing and quality assurance
Software Testing | hard_skill | QA Testing | Software Quality Assurance, Test Automation
Software Quality Assurance | hard_skill | SQA, QA Engineering | Software Testing
Unit Testing | hard_skill | | Test-Driven Development, JUnit, Jest
Integration Testing | hard_skill | | Unit Testing, End-to-End Testing
End-to-End Testing | hard_skill | E2E Testing | Cypress, Playwright, Selenium
Test Automation | hard_skill | Automated Testing | Selenium, Cypress, Software Testing
Manual Testing | hard_skill | | Software Testing, Test Case Design
Regression Testing | hard_skill | | Test Automation
Performance Testing | hard_skill | | Load Testing, JMeter
Load Testing | hard_skill | | Performance Testing, JMeter, Gatling
Functional Testing | hard_skill | | Software Testing
Smoke Testing | hard_skill | | Regression Testing
System Testing | hard_skill | | Integration Testing
User Acceptance Testing | hard_skill | UAT | Software Testing
API Testing | hard_skill | | Postman, REST APIs
Mobile Testing | hard_skill | Mobile App Testing | Appium
Exploratory Testing | hard_skill | | Manual Testing
Black-Box Testing | hard_skill | | White-Box Testing
White-Box Testing | hard_skill | | Black-Box Testing, Unit Testing
Test Planning | hard_skill | | Test Strategy
Test Case Design | hard_skill | Test Cases | Test Planning
Test Strategy | hard_skill | | Test Planning
Bug Tracking | hard_skill | Defect Tracking | Jira
Code Coverage | hard_skill | | Unit Testing
Selenium | tool | Selenium WebDriver | Test Automation, TestNG
=Cypress | tool | Cypress.io | End-to-End Testing, JavaScript
=Playwright | tool | | End-to-End Testing, Cypress
=Puppeteer | tool | | Playwright, Node.js
WebdriverIO | tool | | Selenium
=Jest | tool | | Unit Testing, JavaScript
Vitest | tool | | Jest, Vite
=Mocha | tool | | Chai, JavaScript
=Chai | tool | | Mocha
=Jasmine | tool | | Karma, Angular
=Karma | tool | | Jasmine
React Testing Library | tool | | React, Jest
JUnit | tool | | Java, Unit Testing
TestNG | tool | | Java, Selenium
Mockito | tool | | JUnit
NUnit | tool | | C#, Unit Testing
xUnit | tool | xUnit.net | C#, Unit Testing
MSTest | tool | | C#, Unit Testing
pytest | tool | | Python, Unit Testing
RSpec | tool | | Ruby
PHPUnit | tool | | PHP
=Cucumber | tool | | Behavior-Driven Development, Gherkin
=Gherkin | hard_skill | | Cucumber, Behavior-Driven Development
SpecFlow | tool | | Behavior-Driven Development, C#
Robot Framework | tool | | Test Automation, Python
TestCafe | tool | | End-to-End Testing
Appium | tool | | Mobile Testing, Selenium
=Postman | tool | | API Testing, REST APIs
SoapUI | tool | | API Testing, SOAP
JMeter | tool | Apache JMeter | Performance Testing, Load Testing
LoadRunner | tool | Micro Focus LoadRunner | Performance Testing
=Gatling | tool | | Load Testing
=k6 | tool | Grafana k6 | Load Testing
Katalon Studio | tool | Katalon | Test Automation
TestComplete | tool | | Test Automation
Tricentis Tosca | tool | | Test Automation
UFT | tool | Unified Functional Testing, QTP, QuickTest Professional | Test Automation
HP ALM | tool | HP Quality Center, Micro Focus ALM | Test Planning, Bug Tracking
TestRail | tool | | Test Case Design
BrowserStack | tool | | Cross-Browser Compatibility, Sauce Labs
Sauce Labs | tool | | Cross-Browser Compatibility, BrowserStack

# DevOps, delivery and source control
DevOps | hard_skill | | CI/CD, Docker, Kubernetes
CI/CD | hard_skill | CICD | Continuous Integration, Continuous Delivery, Jenkins
Continuous Integration | hard_skill | | CI/CD, Jenkins
Continuous Delivery | hard_skill | | CI/CD, Continuous Deployment
Continuous Deployment | hard_skill | | Continuous Delivery
Jenkins | tool | | CI/CD, Groovy
CircleCI | tool | | CI/CD
GitHub Actions | tool | | GitHub, CI/CD
GitLab CI | tool | GitLab CI/CD | GitLab, CI/CD
Travis CI | tool | | CI/CD
TeamCity | tool | | CI/CD
=Bamboo | tool | Atlassian Bamboo | CI/CD
Argo CD | tool | ArgoCD | GitOps, Kubernetes
GitOps | hard_skill | | Argo CD, Kubernetes
Docker | tool | | Kubernetes, Containerization, Docker Compose
Docker Compose | tool | | Docker
Docker Swarm | tool | | Docker, Container Orchestration
Podman | tool | | Docker
=Containerization | hard_skill | | Docker, Kubernetes
Kubernetes | tool | k8s, kube | Docker, Helm, Container Orchestration
Container Orchestration | hard_skill | | Kubernetes, Docker Swarm
=Helm | tool | Helm Charts | Kubernetes
OpenShift | tool | Red Hat OpenShift | Kubernetes
=Rancher | tool | | Kubernetes
Istio | tool | | Service Mesh, Kubernetes
Service Mesh | hard_skill | | Istio, Kubernetes
Infrastructure as Code | hard_skill | IaC | Terraform, Ansible
Terraform | tool | HashiCorp Terraform | Infrastructure as Code
Pulumi | tool | | Infrastructure as Code
Ansible | tool | | Puppet, Chef, Infrastructure as Code
=Puppet | tool | | Ansible, Chef
=Chef | tool | Chef Infra | Ansible, Puppet
SaltStack | tool | | Ansible
=Vagrant | tool | | Terraform
HashiCorp Packer | tool | | Terraform
Build Automation | hard_skill | | Maven, Gradle, Jenkins
Release Engineering | hard_skill | | CI/CD
Trunk-Based Development | hard_skill | | Continuous Integration, Git
Git Flow | hard_skill | Gitflow | Git
Git | tool | | GitHub, GitLab, Version Control
GitHub | tool | | Git
GitLab | tool | | Git
Bitbucket | tool | | Git, Jira
SVN | tool | =Subversion, Apache Subversion | Version Control
=Mercurial | tool | | Version Control
Perforce | tool | Helix Core | Version Control
Version Control | hard_skill | Source Control | Git
=Maven | tool | Apache Maven | Java, Gradle
Gradle | tool | | Maven, Java
Apache Ant | tool | | Maven
CMake | tool | | C++
Bazel | tool | | Build Automation
GNU Make | tool | Makefile | C, CMake
Artifactory | tool | JFrog Artifactory | Maven
Nexus Repository | tool | Sonatype Nexus | Maven
SonarQube | tool | | Static Code Analysis
Static Code Analysis | hard_skill | | SonarQube
Nginx | tool | | Apache HTTP Server
Apache HTTP Server | tool | Apache httpd, Apache Web Server | Nginx
Linux | tool | | Unix, Bash
Unix | tool | | Linux, Shell Scripting
POSIX | hard_skill | | Unix
Jira | tool | Atlassian Jira | Confluence, Agile
=Confluence | tool | Atlassian Confluence | Jira

# Practices, methods and computer science
=Agile | hard_skill | Agile Methodology, Agile Software Development | Scrum, Kanban
Scrum | hard_skill | | Agile
Kanban | hard_skill | | Agile
=SAFe | hard_skill | Scaled Agile Framework | Agile
Extreme Programming | hard_skill | | Agile, Pair Programming
Test-Driven Development | hard_skill | TDD | Unit Testing, Behavior-Driven Development
Behavior-Driven Development | hard_skill | BDD, Behaviour-Driven Development | Test-Driven Development, Cucumber
Domain-Driven Design | hard_skill | DDD | Microservices, Software Architecture
Object-Oriented Programming | hard_skill | OOP, =OOPS, =OOPs | Design Patterns, Object-Oriented Design
Object-Oriented Design | hard_skill | OOD | Object-Oriented Programming, UML
Object-Oriented Analysis and Design | hard_skill | OOAD | Object-Oriented Design, UML
Functional Programming | hard_skill | | Haskell, Scala
Reactive Programming | hard_skill | | RxJS, RxJava
Asynchronous Programming | hard_skill | Async Programming | Concurrency
Design Patterns | hard_skill | Software Design Patterns | Object-Oriented Programming
Data Structures | hard_skill | | Algorithms
Algorithms | hard_skill | | Data Structures
Data Structures and Algorithms | hard_skill | DSA | Data Structures, Algorithms
System Design | hard_skill | | Software Architecture, Distributed Systems
Software Architecture | hard_skill | | System Design, Microservices
Software Design | hard_skill | | Software Architecture, Design Patterns
Code Review | hard_skill | | Pair Programming, Clean Code
Pair Programming | hard_skill | | Extreme Programming, Code Review
Clean Code | hard_skill | | Refactoring, SOLID Principles
SOLID Principles | hard_skill | =SOLID | Object-Oriented Design, Clean Code
Refactoring | hard_skill | | Clean Code
Debugging | hard_skill | | Unit Testing
Distributed Systems | hard_skill | Distributed Computing | Microservices, System Design
=Concurrency | hard_skill | Concurrent Programming | Multithreading
Multithreading | hard_skill | | Concurrency
Parallel Programming | hard_skill | Parallel Computing | Multithreading
Memory Management | hard_skill | | C, C++
Systems Programming | hard_skill | | C, Rust
Compiler Design | hard_skill | Compiler Construction | Systems Programming
Socket Programming | hard_skill | Network Programming | WebSockets
Software Development Life Cycle | hard_skill | SDLC, Software Development Lifecycle | Agile
Software Development | hard_skill | Software Engineering | Software Development Life Cycle, Computer Programming
Computer Programming | hard_skill | | Software Development
Computer Science | domain | | Algorithms, Data Structures

# Embedded and systems
Embedded Systems | hard_skill | Embedded Software | Embedded C, Firmware Development, RTOS
Embedded C | hard_skill | | Embedded Systems, C
Embedded C++ | hard_skill | | Embedded Systems, C++
Embedded Linux | hard_skill | | Linux, Yocto Project
Firmware Development | hard_skill | Firmware | Embedded Systems
=RTOS | hard_skill | Real-Time Operating Systems | FreeRTOS, Embedded Systems
FreeRTOS | tool | | RTOS
VxWorks | tool | | RTOS
Device Drivers | hard_skill | | Linux Kernel, Embedded Systems
Linux Kernel | hard_skill | Kernel Development | Linux, Device Drivers
Yocto Project | tool | Yocto | Embedded Linux
AUTOSAR | hard_skill | | Embedded Systems

# Games and graphics
Game Development | domain | Game Programming | Unity, Unreal Engine
=Unity | tool | Unity3D, Unity Engine | C#, Game Development
Unreal Engine | tool | UE4, UE5 | C++, Game Development
Godot | tool | Godot Engine | Game Development
OpenGL | tool | | Computer Graphics, Vulkan
DirectX | tool | Direct3D | Computer Graphics
=Vulkan | tool | | OpenGL
Shader Programming | hard_skill | HLSL, GLSL | OpenGL, Computer Graphics
Computer Graphics | hard_skill | | OpenGL, Shader Programming

# IDEs and editors
Visual Studio | tool | | C#, .NET
VS Code | tool | Visual Studio Code, VSCode | Visual Studio
IntelliJ IDEA | tool | IntelliJ | Java
=Eclipse | tool | Eclipse IDE | Java
PyCharm | tool | | Python
WebStorm | tool | | JavaScript
JetBrains Rider | tool | | C#
NetBeans | tool | | Java
=Vim | tool | Neovim | Emacs
Emacs | tool | | Vim
Sublime Text | tool | | VS Code

# Domains
SaaS | domain | Software as a Service | Web Development
Web Development | domain | Web Application Development | HTML, JavaScript
Front-End Development | domain | Frontend Development | JavaScript, HTML, CSS, React
Back-End Development | domain | Backend Development | API Development, Node.js, Microservices
Full-Stack Development | domain | Fullstack Development | Front-End Development, Back-End Development
MERN Stack | hard_skill | MERN | MongoDB, Express, React, Node.js
MEAN Stack | hard_skill | | MongoDB, Express, Angular, Node.js
LAMP Stack | hard_skill | =LAMP | Linux, PHP, MySQL, Apache HTTP Server
Open Source | domain | Open-Source Software, FOSS | Git, GitHub
Developer Tools | domain | | Software Development
Enterprise Software | domain | | SaaS
Blockchain | domain | | Smart Contracts, Ethereum, Web3
Web3 | domain | | Blockchain, Smart Contracts
Smart Contracts | hard_skill | | Solidity, Ethereum
Ethereum | tool | | Solidity, Smart Contracts
Hyperledger Fabric | tool | Hyperledger | Blockchain
=Hardhat | tool | | Solidity, Ethereum
Decentralized Applications | hard_skill | DApps | Smart Contracts, Web3

# Certifications
Oracle Certified Java Programmer | certification | OCJP, OCPJP, SCJP, Sun Certified Java Programmer, Oracle Certified Professional Java SE Programmer | Java
Oracle Certified Associate Java Programmer | certification | OCAJP, Oracle Certified Associate Java SE Programmer | Java
Certified Kubernetes Administrator | certification | CKA | Kubernetes
Certified Kubernetes Application Developer | certification | CKAD | Kubernetes
Certified Kubernetes Security Specialist | certification | CKS | Kubernetes
Kubernetes and Cloud Native Associate | certification | KCNA | Kubernetes
Certified ScrumMaster | certification | =CSM, Certified Scrum Master | Scrum
Professional Scrum Master | certification | PSM | Scrum
Certified Scrum Product Owner | certification | CSPO | Scrum
Professional Scrum Product Owner | certification | PSPO | Scrum
SAFe Agilist | certification | Certified SAFe Agilist, Leading SAFe | SAFe
SAFe Scrum Master | certification | | SAFe, Scrum
ISTQB Certified Tester | certification | ISTQB, CTFL, ISTQB Foundation Level | Software Testing
Certified Software Tester | certification | CSTE | Software Testing
HashiCorp Terraform Associate | certification | Terraform Associate, HashiCorp Certified Terraform Associate | Terraform
Docker Certified Associate | certification | | Docker
Certified Jenkins Engineer | certification | | Jenkins
Microsoft Certified Solutions Developer | certification | MCSD | .NET, C#
Google Associate Android Developer | certification | | Android Development
MongoDB Certified Developer | certification | | MongoDB
Certified Associate in Python Programming | certification | | Python
# Added in review: operating systems, legacy web stack and generic terms resumes use.
Microsoft Windows | tool | =Windows, =WINDOWS, Windows OS | Linux, macOS
macOS | tool | Mac OS, Mac OS X, OS X, =Mac | Microsoft Windows, Linux
Computer Programming | hard_skill | programming, coding | Software Development, Algorithms
Software Testing | hard_skill | =Testing | Test Automation, Manual Testing, Quality Assurance
=Flash | tool | Flash Player | JavaScript, Adobe Animate
Classic ASP | tool | =ASP, Active Server Pages | ASP.NET
XHTML | hard_skill | | HTML
DHTML | hard_skill | Dynamic HTML | HTML, JavaScript
Assembly Language | hard_skill | Assembly Programming, =ASM | C
Shell Scripting | hard_skill | =Shell, Unix Shell | Bash
Enterprise JavaBeans | tool | =EJB | Java
HTTP | hard_skill | =HTTPS | REST APIs
File Transfer Protocol | hard_skill | =FTP, =SFTP |
Apache Ant | tool | =Ant | Maven
Visual C++ | tool | =MFC | C++, Visual Studio
Joomla | tool | | WordPress
Solaris | tool | Oracle Solaris, SunOS | Unix
XSLT | hard_skill | =XSL | XML
ABAP | hard_skill | SAP ABAP |
Toad | tool | =TOAD, Toad for Oracle | Oracle Database
Concurrent Versions System | tool | =CVS | Git
=Rally | tool | CA Agile Central, Rally Software | Jira
Middleware | hard_skill | | Microservices
Content Management Systems | hard_skill | =CMS | WordPress, Joomla
`;
