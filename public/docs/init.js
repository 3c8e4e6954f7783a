// Starts Swagger UI on /openapi.json. A file of its own, not an inline script: the page's Content-Security-Policy
// allows scripts from this origin only (src/api/routes/docs.ts).
window.ui = window.SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  // The base layout: no top bar for loading other documents, which the policy would block anyway.
  layout: "BaseLayout",
  presets: [window.SwaggerUIBundle.presets.apis],
  // No badge from validator.swagger.io: nothing leaves this origin.
  validatorUrl: null,
  // The key entered with "Authorize" lives in this page only, never in localStorage.
  persistAuthorization: false,
  displayRequestDuration: true,
  tryItOutEnabled: false,
});
