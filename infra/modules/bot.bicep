// The Azure Bot: the channel registration that sends Teams' activities to the endpoint, and checks the bot's outbound
// tokens against the user-assigned managed identity (msaAppType UserAssignedMSI).

@description('Resource name of the bot.')
param name string

@description('Name shown in the Azure portal.')
param displayName string

@description('F0 or S1.')
param sku string

@description('The messaging endpoint, https://{app}.azurewebsites.net/api/messages.')
param endpoint string

@description('Client id of the user-assigned managed identity: the bot\'s app id.')
param identityClientId string

@description('Tenant of that identity.')
param identityTenantId string

@description('Resource id of that identity.')
param identityResourceId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppTenantId: identityTenantId
    msaAppMSIResourceId: identityResourceId
    disableLocalAuth: false
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
