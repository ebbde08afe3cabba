// The bot's Linux App Service for .NET 10: HTTPS only, TLS 1.2 or newer, FTP(S) and basic publishing credentials off,
// always on, health checked at /healthz. It runs as the user-assigned identity; no app setting holds a secret (the
// Quartz connection string, when there is one, is a Key Vault reference resolved with the same identity).
param location string
param planName string
param webName string
param sku string
param instanceCount int
param identityId string
param identityClientId string
param tableEndpoint string
param insightsConnectionString string
param quartzConnectionSecretUri string

var baseSettings = [
  { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
  { name: 'MicrosoftAppId', value: identityClientId }
  { name: 'MicrosoftAppTenantId', value: tenant().tenantId }
  // DefaultAzureCredential (storage, Graph, Azure Monitor) picks the user-assigned identity from this variable.
  { name: 'AZURE_CLIENT_ID', value: identityClientId }
  { name: 'Storage__Provider', value: 'AzureTables' }
  { name: 'Storage__AzureTables__Endpoint', value: tableEndpoint }
  { name: 'Storage__AzureTables__ManagedIdentityClientId', value: identityClientId }
  // App Service's front end terminates TLS and forwards; only it can reach the app, and its addresses are not fixed.
  { name: 'Hosting__ForwardedHeaders', value: 'true' }
  { name: 'Hosting__TrustAnyProxy', value: 'true' }
  // App Service keeps /home across restarts; the SQLite files left there are Quartz's (one instance) and caches.
  { name: 'Storage__DataDirectory', value: '/home/data' }
  // Application Insights takes Entra tokens only (local auth off): this string names where to send, it grants nothing.
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insightsConnectionString }
]
var quartzSettings = empty(quartzConnectionSecretUri) ? [] : [
  { name: 'Scheduler__Provider', value: 'PostgreSQL' }
  { name: 'Scheduler__ConnectionString', value: '@Microsoft.KeyVault(SecretUri=${quartzConnectionSecretUri})' }
]

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: sku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource web 'Microsoft.Web/sites@2024-04-01' = {
  name: webName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      healthCheckPath: '/healthz'
      appSettings: concat(baseSettings, quartzSettings)
    }
  }
}

resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: web
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: web
  name: 'scm'
  properties: {
    allow: false
  }
}

output hostName string = web.properties.defaultHostName
output resourceId string = web.id
