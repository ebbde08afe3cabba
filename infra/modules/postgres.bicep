// PostgreSQL Flexible Server for Quartz's clustered job store, created only when more than one instance runs. The
// connection string (with the password) goes to Key Vault, which the bot's identity may read; the web app refers to it.
param location string
param serverName string
param vaultName string
param identityPrincipalId string

@secure()
param administratorPassword string

var administratorLogin = 'quartzadmin'
var secretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: serverName
  location: location
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    administratorLogin: administratorLogin
    administratorLoginPassword: administratorPassword
    storage: {
      storageSizeGB: 32
    }
    authConfig: {
      passwordAuth: 'Enabled'
      activeDirectoryAuth: 'Disabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: server
  name: 'quartz'
}

// 0.0.0.0 is Azure's convention for "services in Azure", which is how App Service reaches the server here.
resource azureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: server
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: vaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

resource connectionSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'quartz-connection-string'
  properties: {
    value: 'Host=${server.properties.fullyQualifiedDomainName};Database=${database.name};Username=${administratorLogin};Password=${administratorPassword};SSL Mode=Require'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identityPrincipalId, secretsUserRole)
  scope: vault
  properties: {
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRole)
  }
}

output connectionSecretUri string = connectionSecret.properties.secretUri
