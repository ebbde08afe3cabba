// OutcomesBot on Azure: a user-assigned managed identity that is the bot's identity and reaches storage (and, when
// enabled, Azure Monitor and Key Vault) without keys; a Linux App Service for .NET 10; the Azure Bot with its
// Teams channel; Azure Tables with shared keys off; Log Analytics and Application Insights; and, when more than one
// instance runs, PostgreSQL for Quartz's clustered store. See docs/decisions/021-azure-infrastructure-and-telemetry.md.
targetScope = 'resourceGroup'

@description('Prefix of every resource name: 3-12 lower-case letters or digits, unique enough for the global names (web app, storage, bot).')
@minLength(3)
@maxLength(12)
param resourceBaseName string

@description('Azure region of the resources (the Azure Bot itself is global).')
param location string = resourceGroup().location

@description('App Service plan SKU: B1 for a pilot, P0v3 or higher for a care organisation (always on needs Basic or above).')
@allowed([
  'B1'
  'B2'
  'S1'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServiceSku string = 'B1'

@description('How many instances run the bot. More than one needs a shared Quartz store, so PostgreSQL is then created.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Azure Bot SKU: F0 (free, standard channels) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Name shown for the bot in the Azure portal.')
param botDisplayName string = 'OutcomesBot'

@description('PostgreSQL administrator password; needed only when instanceCount > 1 (the password goes to Key Vault, never to app settings).')
@secure()
param postgresAdminPassword string = ''

var usePostgres = instanceCount > 1
// Web app and bot names are global: the resource group's hash keeps two deployments of one prefix apart.
var suffix = uniqueString(resourceGroup().id)
var names = {
  identity: '${resourceBaseName}-identity'
  plan: '${resourceBaseName}-plan'
  web: '${resourceBaseName}-web-${suffix}'
  bot: '${resourceBaseName}-bot-${suffix}'
  storage: take(replace('${resourceBaseName}st${suffix}', '-', ''), 24)
  workspace: '${resourceBaseName}-logs'
  insights: '${resourceBaseName}-insights'
  postgres: '${resourceBaseName}-quartz-${suffix}'
  vault: take('${resourceBaseName}kv${suffix}', 24)
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: location
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: names.workspace
    insightsName: names.insights
    identityPrincipalId: identity.properties.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    storageName: names.storage
    identityPrincipalId: identity.properties.principalId
  }
}

module quartz 'modules/postgres.bicep' = if (usePostgres) {
  name: 'quartz'
  params: {
    location: location
    serverName: names.postgres
    vaultName: names.vault
    administratorPassword: postgresAdminPassword
    identityPrincipalId: identity.properties.principalId
  }
}

module web 'modules/web.bicep' = {
  name: 'web'
  params: {
    location: location
    planName: names.plan
    webName: names.web
    sku: appServiceSku
    instanceCount: instanceCount
    identityId: identity.id
    identityClientId: identity.properties.clientId
    tableEndpoint: storage.outputs.tableEndpoint
    insightsConnectionString: monitoring.outputs.connectionString
    quartzConnectionSecretUri: usePostgres ? quartz!.outputs.connectionSecretUri : ''
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    botName: names.bot
    displayName: botDisplayName
    sku: botSku
    endpoint: 'https://${web.outputs.hostName}/api/messages'
    identityId: identity.id
    identityClientId: identity.properties.clientId
  }
}

@description('The bot\'s Microsoft App ID (the identity\'s client id): the app package\'s id and botId.')
output BOT_ID string = identity.properties.clientId

@description('The tenant the bot is registered in.')
output BOT_TENANT_ID string = identity.properties.tenantId

@description('The messaging endpoint registered with the Azure Bot.')
output BOT_ENDPOINT string = 'https://${web.outputs.hostName}/api/messages'

@description('The web app\'s host name, for the app package\'s validDomains.')
output BOT_DOMAIN string = web.outputs.hostName

@description('The web app\'s resource id, for zip deploy.')
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = web.outputs.resourceId

@description('The managed identity\'s resource id.')
output BOT_IDENTITY_RESOURCE_ID string = identity.id

@description('The Azure Tables endpoint the bot stores in.')
output STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
