// Vagtrum on Azure: App Service (Linux, .NET 10), one Storage account (tables, queues, blobs), a user-assigned
// managed identity the bot posts to Teams as (no secret to keep or rotate), and the Azure Bot with its Teams channel.
// Deploy: az deployment group create -g <group> -n <name> -f infra/main.bicep -p dataProtectionPfxBase64=… \
//   dataProtectionPfxPassword=… -p coordinators='[…]' supervisors='[…]' (no parameters file; step by step in README.md, "Installing in real Teams").

@description('Short lowercase name the resource names start with.')
@minLength(3)
@maxLength(12)
param baseName string = 'vagtrum'

@description('Region of the App Service, the Storage account and the identity. The Azure Bot itself is global.')
param location string = resourceGroup().location

@description('App Service plan size. B1 is enough for one organisation; Always On keeps due work running.')
param appServicePlanSku string = 'B1'

@description('The Azure Bot pricing tier: F0 (free, standard channels such as Teams) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('The bot\'s name in the Azure portal.')
param botDisplayName string = 'Vagtrum'

@description('PFX file (base64) whose certificate encrypts the Data Protection key ring (DataProtection:Certificate). Keep a copy: without it, text encrypted so far cannot be read.')
@secure()
param dataProtectionPfxBase64 string

@description('Password of that PFX file.')
@secure()
param dataProtectionPfxPassword string

@description('Entra object ids of the counselling coordinators (Roles:Coordinators).')
param coordinators array = []

@description('Entra object ids of the on-call supervisors (Roles:Supervisors).')
param supervisors array = []

var suffix = uniqueString(resourceGroup().id)
var appName = '${baseName}-${suffix}'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${baseName}-bot-identity'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take(toLower('${baseName}${suffix}'), 24)
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // The bot reads Storage:ConnectionString, an account-key connection string (it has no token-based storage option yet).
    allowSharedKeyAccess: true
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${baseName}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    reserved: true
  }
}

// App Service keeps the uploaded PFX and, with WEBSITE_LOAD_CERTIFICATES, writes it (without a password) to
// /var/ssl/private/{thumbprint}.p12 on Linux: the path the bot reads DataProtection:Certificate from.
resource dataProtectionCertificate 'Microsoft.Web/certificates@2024-04-01' = {
  name: '${appName}-dataprotection'
  location: location
  properties: {
    pfxBlob: dataProtectionPfxBase64
    password: dataProtectionPfxPassword
    serverFarmId: plan.id
  }
}

var storageConnectionString = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'

var coordinatorSettings = [for (id, i) in coordinators: { name: 'Roles__Coordinators__${i}', value: id }]
var supervisorSettings = [for (id, i) in supervisors: { name: 'Roles__Supervisors__${i}', value: id }]
var appSettings = concat([
  { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
  { name: 'Bot__MicrosoftAppType', value: 'UserAssignedMSI' }
  { name: 'Bot__MicrosoftAppId', value: identity.properties.clientId }
  { name: 'Bot__MicrosoftAppTenantId', value: identity.properties.tenantId }
  // Azure.Identity's default for a user-assigned identity, for any Azure client that does not name one.
  { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
  { name: 'Storage__ConnectionString', value: storageConnectionString }
  { name: 'WEBSITE_LOAD_CERTIFICATES', value: dataProtectionCertificate.properties.thumbprint }
  { name: 'DataProtection__Certificate__Path', value: '/var/ssl/private/${dataProtectionCertificate.properties.thumbprint}.p12' }
  { name: 'DataProtection__Certificate__Password', value: '' }
], coordinatorSettings, supervisorSettings)

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      // Liveness only: /readyz (storage and identity) is for people and monitors; a restart cannot fix a wrong setting.
      healthCheckPath: '/healthz'
      appSettings: appSettings
    }
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${baseName}-bot-${suffix}'
    displayName: botDisplayName
    sku: botSku
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    identityClientId: identity.properties.clientId
    identityTenantId: identity.properties.tenantId
    identityResourceId: identity.id
  }
}

@description('The web app to deploy the published bot to (az webapp deploy --name).')
output appName string = app.name

@description('Where the bot answers: /healthz, /readyz and the messaging endpoint /api/messages.')
output appUrl string = 'https://${app.properties.defaultHostName}'

@description('The bot\'s app id: the managed identity\'s client id. The Teams app package needs it (ManifestPackager --app-id).')
output botAppId string = identity.properties.clientId

@description('The Azure Bot resource.')
output botName string = bot.outputs.name
