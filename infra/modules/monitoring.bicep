// Log Analytics and a workspace-based Application Insights whose ingestion takes Entra tokens only (local auth off),
// so its connection string grants nothing; the bot's identity may publish to it.
param location string
param workspaceName string
param insightsName string
param identityPrincipalId string

// Monitoring Metrics Publisher: lets the identity send telemetry to an Application Insights with local auth off.
var metricsPublisherRole = '3913510d-42f4-4e42-8a64-420c390055eb'

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: insightsName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
  }
}

resource publisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(insights.id, identityPrincipalId, metricsPublisherRole)
  scope: insights
  properties: {
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', metricsPublisherRole)
  }
}

output connectionString string = insights.properties.ConnectionString
