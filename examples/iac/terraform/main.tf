terraform {
  required_providers {
    azurerm = { source = "hashicorp/azurerm", version = "~> 4.10" }
    azapi   = { source = "azure/azapi", version = "~> 2.0" }
  }
}

provider "azurerm" {
  features {}
}

locals {
  tags = { environment = "prod", owner = "network-team" }
}

resource "azurerm_resource_group" "er" {
  name     = "rg-er-sea"
  location = "southeastasia"
}

resource "azurerm_virtual_network" "hub" {
  name                = "vnet-sea-hub"
  location            = azurerm_resource_group.er.location
  resource_group_name = azurerm_resource_group.er.name
  address_space       = ["10.20.0.0/24"]
}

resource "azurerm_subnet" "gateway" {
  name                 = "GatewaySubnet"
  resource_group_name  = azurerm_resource_group.er.name
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = ["10.20.0.224/27"]
}

resource "azurerm_public_ip" "gw" {
  name                = "ergw-sea-hub-pip"
  location            = azurerm_resource_group.er.location
  resource_group_name = azurerm_resource_group.er.name
  allocation_method   = "Static"
  sku                 = "Standard"
  zones               = ["1", "2", "3"]
}

resource "azurerm_express_route_circuit" "primary" {
  name                  = "er-sin-primary"
  resource_group_name   = azurerm_resource_group.er.name
  location              = azurerm_resource_group.er.location
  service_provider_name = "Equinix"
  peering_location      = "Singapore"
  bandwidth_in_mbps     = 1000

  sku {
    tier   = "Standard"
    family = "MeteredData"
  }

  tags = local.tags
}

resource "azurerm_express_route_circuit_peering" "primary_private" {
  peering_type                  = "AzurePrivatePeering"
  express_route_circuit_name    = azurerm_express_route_circuit.primary.name
  resource_group_name           = azurerm_resource_group.er.name
  peer_asn                      = 65200
  primary_peer_address_prefix   = "10.250.0.0/30"
  secondary_peer_address_prefix = "10.250.0.4/30"
  vlan_id                       = 300
}

resource "azapi_resource" "secondary" {
  type      = "Microsoft.Network/expressRouteCircuits@2024-05-01"
  name      = "er-sin-secondary"
  parent_id = azurerm_resource_group.er.id
  location  = "southeastasia"
  body = {
    sku = { name = "Standard_MeteredData", tier = "Standard", family = "MeteredData" }
    properties = {
      serviceProviderProperties = {
        serviceProviderName = "Megaport"
        peeringLocation     = "Singapore2"
        bandwidthInMbps     = 1000
      }
      allowClassicOperations = false
    }
  }
}

resource "azurerm_virtual_network_gateway" "er" {
  name                = "ergw-sea-hub"
  location            = azurerm_resource_group.er.location
  resource_group_name = azurerm_resource_group.er.name
  type                = "ExpressRoute"
  sku                 = "HighPerformance"

  ip_configuration {
    name                          = "default"
    public_ip_address_id          = azurerm_public_ip.gw.id
    private_ip_address_allocation = "Dynamic"
    subnet_id                     = azurerm_subnet.gateway.id
  }
}

resource "azurerm_virtual_network_gateway_connection" "primary" {
  name                       = "ergw-sea-hub-primary"
  location                   = azurerm_resource_group.er.location
  resource_group_name        = azurerm_resource_group.er.name
  type                       = "ExpressRoute"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.er.id
  express_route_circuit_id   = azurerm_express_route_circuit.primary.id
  routing_weight             = 10
}

resource "azurerm_virtual_network_gateway_connection" "secondary" {
  name                       = "ergw-sea-hub-secondary"
  location                   = azurerm_resource_group.er.location
  resource_group_name        = azurerm_resource_group.er.name
  type                       = "ExpressRoute"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.er.id
  express_route_circuit_id   = azapi_resource.secondary.id
  routing_weight             = 10
}
