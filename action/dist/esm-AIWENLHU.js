// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  RestError,
  bearerTokenAuthenticationPolicy,
  createClientLogger,
  createPipelineFromOptions,
  createRestError,
  getClient,
  isObjectWithProperties,
  isRestError,
  operationOptionsToRequestParameters
} from "./chunk-BXZKPRAI.js";
import "./chunk-TASHP5U3.js";

// node_modules/@azure/arm-resourcegraph/dist/esm/static-helpers/cloudSettingHelpers.js
var AzureClouds;
(function(AzureClouds2) {
  AzureClouds2["AZURE_PUBLIC_CLOUD"] = "AZURE_PUBLIC_CLOUD";
  AzureClouds2["AZURE_CHINA_CLOUD"] = "AZURE_CHINA_CLOUD";
  AzureClouds2["AZURE_US_GOVERNMENT"] = "AZURE_US_GOVERNMENT";
})(AzureClouds || (AzureClouds = {}));
function getArmEndpoint(cloudSetting) {
  if (cloudSetting === void 0) {
    return void 0;
  }
  const cloudEndpoints = {
    AZURE_CHINA_CLOUD: "https://management.chinacloudapi.cn/",
    AZURE_US_GOVERNMENT: "https://management.usgovcloudapi.net/",
    AZURE_PUBLIC_CLOUD: "https://management.azure.com/"
  };
  if (cloudSetting in cloudEndpoints) {
    return cloudEndpoints[cloudSetting];
  } else {
    throw new Error(`Unknown cloud setting: ${cloudSetting}. Please refer to the enum AzureClouds for possible values.`);
  }
}

// node_modules/@azure/arm-resourcegraph/dist/esm/models/resourceChanges/models.js
function resourceChangesRequestParametersSerializer(item) {
  return {
    resourceIds: !item["resourceIds"] ? item["resourceIds"] : item["resourceIds"].map((p) => {
      return p;
    }),
    subscriptionId: item["subscriptionId"],
    interval: resourceChangesRequestParametersIntervalSerializer(item["interval"]),
    $skipToken: item["skipToken"],
    $top: item["top"],
    table: item["table"],
    fetchPropertyChanges: item["fetchPropertyChanges"],
    fetchSnapshots: item["fetchSnapshots"]
  };
}
function resourceChangesRequestParametersIntervalSerializer(item) {
  return { start: item["start"].toISOString(), end: item["end"].toISOString() };
}
function resourceChangeListDeserializer(item) {
  return {
    changes: !item["changes"] ? item["changes"] : resourceChangeDataArrayDeserializer(item["changes"]),
    skipToken: item["$skipToken"]
  };
}
function resourceChangeDataArrayDeserializer(result) {
  return result.map((item) => {
    return resourceChangeDataDeserializer(item);
  });
}
function resourceChangeDataDeserializer(item) {
  return {
    resourceId: item["resourceId"],
    changeId: item["changeId"],
    beforeSnapshot: resourceChangeDataBeforeSnapshotDeserializer(item["beforeSnapshot"]),
    afterSnapshot: resourceChangeDataAfterSnapshotDeserializer(item["afterSnapshot"]),
    changeType: item["changeType"],
    propertyChanges: !item["propertyChanges"] ? item["propertyChanges"] : resourcePropertyChangeArrayDeserializer(item["propertyChanges"])
  };
}
function resourceChangeDataBeforeSnapshotDeserializer(item) {
  return {
    snapshotId: item["snapshotId"],
    timestamp: new Date(item["timestamp"]),
    content: item["content"]
  };
}
function resourceChangeDataAfterSnapshotDeserializer(item) {
  return {
    snapshotId: item["snapshotId"],
    timestamp: new Date(item["timestamp"]),
    content: item["content"]
  };
}
function resourcePropertyChangeArrayDeserializer(result) {
  return result.map((item) => {
    return resourcePropertyChangeDeserializer(item);
  });
}
function resourcePropertyChangeDeserializer(item) {
  return {
    propertyName: item["propertyName"],
    beforeValue: item["beforeValue"],
    afterValue: item["afterValue"],
    changeCategory: item["changeCategory"],
    propertyChangeType: item["propertyChangeType"]
  };
}
function resourceChangeDetailsRequestParametersSerializer(item) {
  return {
    resourceIds: item["resourceIds"].map((p) => {
      return p;
    }),
    changeIds: item["changeIds"].map((p) => {
      return p;
    })
  };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/static-helpers/serialization/serialize-record.js
function serializeRecord(item, excludes, serializer) {
  const propertiesToExclude = excludes ?? [];
  const res = {};
  for (const key of Object.keys(item)) {
    if (propertiesToExclude.includes(key) || item[key] === void 0) {
      continue;
    }
    if (serializer) {
      res[key] = serializer(item[key]);
    } else {
      res[key] = item[key];
    }
  }
  return res;
}

// node_modules/@azure/arm-resourcegraph/dist/esm/models/resourceGraphCommon/models.js
function dateTimeIntervalSerializer(item) {
  return { start: item["start"].toISOString(), end: item["end"].toISOString() };
}
function errorResponseDeserializer(item) {
  return {
    error: errorDeserializer(item["error"])
  };
}
function errorDeserializer(item) {
  return {
    code: item["code"],
    message: item["message"],
    details: !item["details"] ? item["details"] : errorDetailsArrayDeserializer(item["details"])
  };
}
function errorDetailsArrayDeserializer(result) {
  return result.map((item) => {
    return errorDetailsDeserializer(item);
  });
}
function errorDetailsDeserializer(item) {
  return {
    additionalProperties: serializeRecord(item, ["code", "message"]),
    code: item["code"],
    message: item["message"]
  };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/models/resourceGraphApi/models.js
function queryRequestSerializer(item) {
  return {
    subscriptions: !item["subscriptions"] ? item["subscriptions"] : item["subscriptions"].map((p) => {
      return p;
    }),
    managementGroups: !item["managementGroups"] ? item["managementGroups"] : item["managementGroups"].map((p) => {
      return p;
    }),
    query: item["query"],
    options: !item["options"] ? item["options"] : queryRequestOptionsSerializer(item["options"]),
    facets: !item["facets"] ? item["facets"] : facetRequestArraySerializer(item["facets"])
  };
}
function queryRequestOptionsSerializer(item) {
  return {
    $skipToken: item["skipToken"],
    $top: item["top"],
    $skip: item["skip"],
    resultFormat: item["resultFormat"],
    allowPartialScopes: item["allowPartialScopes"],
    authorizationScopeFilter: item["authorizationScopeFilter"]
  };
}
function facetRequestArraySerializer(result) {
  return result.map((item) => {
    return facetRequestSerializer(item);
  });
}
function facetRequestSerializer(item) {
  return {
    expression: item["expression"],
    options: !item["options"] ? item["options"] : facetRequestOptionsSerializer(item["options"])
  };
}
function facetRequestOptionsSerializer(item) {
  return {
    sortBy: item["sortBy"],
    sortOrder: item["sortOrder"],
    filter: item["filter"],
    $top: item["top"]
  };
}
function queryResponseDeserializer(item) {
  return {
    totalRecords: item["totalRecords"],
    count: item["count"],
    resultTruncated: item["resultTruncated"],
    skipToken: item["$skipToken"],
    data: item["data"],
    facets: !item["facets"] ? item["facets"] : facetUnionArrayDeserializer(item["facets"])
  };
}
function facetUnionArrayDeserializer(result) {
  return result.map((item) => {
    return facetUnionDeserializer(item);
  });
}
function facetDeserializer(item) {
  return {
    expression: item["expression"],
    resultType: item["resultType"]
  };
}
function facetUnionDeserializer(item) {
  switch (item["resultType"]) {
    case "FacetResult":
      return facetResultDeserializer(item);
    case "FacetError":
      return facetErrorDeserializer(item);
    default:
      return facetDeserializer(item);
  }
}
function facetResultDeserializer(item) {
  return {
    expression: item["expression"],
    resultType: item["resultType"],
    totalRecords: item["totalRecords"],
    count: item["count"],
    data: item["data"]
  };
}
function facetErrorDeserializer(item) {
  return {
    expression: item["expression"],
    resultType: item["resultType"],
    errors: errorDetailsArrayDeserializer(item["errors"])
  };
}
function _operationListResultDeserializer(item) {
  return {
    value: operationArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function operationArrayDeserializer(result) {
  return result.map((item) => {
    return operationDeserializer(item);
  });
}
function operationDeserializer(item) {
  return {
    name: item["name"],
    display: !item["display"] ? item["display"] : operationDisplayDeserializer(item["display"]),
    origin: item["origin"]
  };
}
function operationDisplayDeserializer(item) {
  return {
    provider: item["provider"],
    resource: item["resource"],
    operation: item["operation"],
    description: item["description"]
  };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/models/resourceHistory/models.js
function resourcesHistoryRequestSerializer(item) {
  return {
    subscriptions: !item["subscriptions"] ? item["subscriptions"] : item["subscriptions"].map((p) => {
      return p;
    }),
    query: item["query"],
    options: !item["options"] ? item["options"] : resourcesHistoryRequestOptionsSerializer(item["options"]),
    managementGroups: !item["managementGroups"] ? item["managementGroups"] : item["managementGroups"].map((p) => {
      return p;
    })
  };
}
function resourcesHistoryRequestOptionsSerializer(item) {
  return {
    interval: !item["interval"] ? item["interval"] : dateTimeIntervalSerializer(item["interval"]),
    $top: item["top"],
    $skip: item["skip"],
    $skipToken: item["skipToken"],
    resultFormat: item["resultFormat"]
  };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/static-helpers/urlTemplate.js
function encodeComponent(val, reserved, op) {
  return (reserved ?? op === "+") || op === "#" ? encodeReservedComponent(val) : encodeRFC3986URIComponent(val);
}
function encodeReservedComponent(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map((part) => !/%[0-9A-Fa-f]/.test(part) ? encodeURI(part) : part).join("");
}
function encodeRFC3986URIComponent(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function isDefined(val) {
  return val !== void 0 && val !== null;
}
function getNamedAndIfEmpty(op) {
  return [!!op && [";", "?", "&"].includes(op), !!op && ["?", "&"].includes(op) ? "=" : ""];
}
function getFirstOrSep(op, isFirst = false) {
  if (isFirst) {
    return !op || op === "+" ? "" : op;
  } else if (!op || op === "+" || op === "#") {
    return ",";
  } else if (op === "?") {
    return "&";
  } else {
    return op;
  }
}
function getExpandedValue(option) {
  let isFirst = option.isFirst;
  const { op, varName, varValue: value, reserved } = option;
  const vals = [];
  const [named, ifEmpty] = getNamedAndIfEmpty(op);
  if (Array.isArray(value)) {
    for (const val of value.filter(isDefined)) {
      vals.push(`${getFirstOrSep(op, isFirst)}`);
      if (named && varName) {
        vals.push(`${encodeURIComponent(varName)}`);
        if (val === "") {
          vals.push(ifEmpty);
        } else {
          vals.push("=");
        }
      }
      vals.push(encodeComponent(val, reserved, op));
      isFirst = false;
    }
  } else if (typeof value === "object") {
    for (const key of Object.keys(value)) {
      const val = value[key];
      if (!isDefined(val)) {
        continue;
      }
      vals.push(`${getFirstOrSep(op, isFirst)}`);
      if (key) {
        vals.push(`${encodeURIComponent(key)}`);
        if (named && val === "") {
          vals.push(ifEmpty);
        } else {
          vals.push("=");
        }
      }
      vals.push(encodeComponent(val, reserved, op));
      isFirst = false;
    }
  }
  return vals.join("");
}
function getNonExpandedValue(option) {
  const { op, varName, varValue: value, isFirst, reserved } = option;
  const vals = [];
  const first = getFirstOrSep(op, isFirst);
  const [named, ifEmpty] = getNamedAndIfEmpty(op);
  if (named && varName) {
    vals.push(encodeComponent(varName, reserved, op));
    if (value === "") {
      if (!ifEmpty) {
        vals.push(ifEmpty);
      }
      return !vals.join("") ? void 0 : `${first}${vals.join("")}`;
    }
    vals.push("=");
  }
  const items = [];
  if (Array.isArray(value)) {
    for (const val of value.filter(isDefined)) {
      items.push(encodeComponent(val, reserved, op));
    }
  } else if (typeof value === "object") {
    for (const key of Object.keys(value)) {
      if (!isDefined(value[key])) {
        continue;
      }
      items.push(encodeRFC3986URIComponent(key));
      items.push(encodeComponent(value[key], reserved, op));
    }
  }
  vals.push(items.join(","));
  return !vals.join(",") ? void 0 : `${first}${vals.join("")}`;
}
function getVarValue(option) {
  const { op, varName, modifier, isFirst, reserved, varValue: value } = option;
  if (!isDefined(value)) {
    return void 0;
  } else if (["string", "number", "boolean"].includes(typeof value)) {
    let val = value.toString();
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    const vals = [getFirstOrSep(op, isFirst)];
    if (named && varName) {
      vals.push(varName);
      if (val === "") {
        vals.push(ifEmpty);
      } else {
        vals.push("=");
      }
    }
    if (modifier && modifier !== "*") {
      val = val.substring(0, parseInt(modifier, 10));
    }
    vals.push(encodeComponent(val, reserved, op));
    return vals.join("");
  } else if (modifier === "*") {
    return getExpandedValue(option);
  } else {
    return getNonExpandedValue(option);
  }
}
function expandUrlTemplate(template, context, option) {
  const result = template.replace(/\{([^{}]+)\}|([^{}]+)/g, (_, expr, text) => {
    if (!expr) {
      return encodeReservedComponent(text);
    }
    let op;
    if (["+", "#", ".", "/", ";", "?", "&"].includes(expr[0])) {
      op = expr[0];
      expr = expr.slice(1);
    }
    const varList = expr.split(/,/g);
    const innerResult = [];
    for (const varSpec of varList) {
      const varMatch = /([^:*]*)(?::(\d+)|(\*))?/.exec(varSpec);
      if (!varMatch || !varMatch[1]) {
        continue;
      }
      const varValue = getVarValue({
        isFirst: innerResult.length === 0,
        op,
        varValue: context[varMatch[1]],
        varName: varMatch[1],
        modifier: varMatch[2] || varMatch[3],
        reserved: option?.allowReserved
      });
      if (varValue) {
        innerResult.push(varValue);
      }
    }
    return innerResult.join("");
  });
  return normalizeUnreserved(result);
}
function normalizeUnreserved(uri) {
  return uri.replace(/%([0-9A-Fa-f]{2})/g, (match, hex) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    if (/[.~-]/.test(char)) {
      return char;
    }
    return match;
  });
}

// node_modules/@azure-rest/core-client/dist/esm/restError.js
function createRestError2(messageOrResponse, response) {
  if (typeof messageOrResponse === "string") {
    return createRestError(messageOrResponse, response);
  } else {
    return createRestError(messageOrResponse);
  }
}

// node_modules/@azure/core-auth/dist/esm/keyCredential.js
function isKeyCredential(credential) {
  return isObjectWithProperties(credential, ["key"]) && typeof credential.key === "string";
}

// node_modules/@azure/core-auth/dist/esm/tokenCredential.js
function isTokenCredential(credential) {
  const castCredential = credential;
  return castCredential && typeof castCredential.getToken === "function" && (castCredential.signRequest === void 0 || castCredential.getToken.length > 0);
}

// node_modules/@azure-rest/core-client/dist/esm/apiVersionPolicy.js
var apiVersionPolicyName = "ApiVersionPolicy";
function apiVersionPolicy(options) {
  return {
    name: apiVersionPolicyName,
    sendRequest: (req, next) => {
      const url = new URL(req.url);
      if (!url.searchParams.get("api-version") && options.apiVersion) {
        req.url = `${req.url}${url.searchParams.size > 0 ? "&" : "?"}api-version=${options.apiVersion}`;
      }
      return next(req);
    }
  };
}

// node_modules/@azure-rest/core-client/dist/esm/keyCredentialAuthenticationPolicy.js
var keyCredentialAuthenticationPolicyName = "keyCredentialAuthenticationPolicy";
function keyCredentialAuthenticationPolicy(credential, apiKeyHeaderName) {
  return {
    name: keyCredentialAuthenticationPolicyName,
    sendRequest(request, next) {
      request.headers.set(apiKeyHeaderName, credential.key);
      return next(request);
    }
  };
}

// node_modules/@azure-rest/core-client/dist/esm/clientHelpers.js
function addCredentialPipelinePolicy(pipeline, endpoint, options = {}) {
  const { credential, clientOptions } = options;
  if (!credential) {
    return;
  }
  if (isTokenCredential(credential)) {
    const tokenPolicy = bearerTokenAuthenticationPolicy({
      credential,
      scopes: clientOptions?.credentials?.scopes ?? `${endpoint}/.default`
    });
    pipeline.addPolicy(tokenPolicy);
  } else if (isKeyCredential2(credential)) {
    if (!clientOptions?.credentials?.apiKeyHeaderName) {
      throw new Error(`Missing API Key Header Name`);
    }
    const keyPolicy = keyCredentialAuthenticationPolicy(credential, clientOptions?.credentials?.apiKeyHeaderName);
    pipeline.addPolicy(keyPolicy);
  }
}
function createDefaultPipeline(endpoint, credential, options = {}) {
  const pipeline = createPipelineFromOptions(options);
  pipeline.addPolicy(apiVersionPolicy(options));
  addCredentialPipelinePolicy(pipeline, endpoint, { credential, clientOptions: options });
  return pipeline;
}
function isKeyCredential2(credential) {
  return typeof credential === "object" && credential !== null && "key" in credential && typeof credential.key === "string";
}

// node_modules/@azure-rest/core-client/dist/esm/operationOptionHelpers.js
function operationOptionsToRequestParameters2(options) {
  const tspRequestParameters = operationOptionsToRequestParameters(options);
  return {
    ...tspRequestParameters,
    tracingOptions: options.tracingOptions
  };
}

// node_modules/@azure-rest/core-client/dist/esm/getClient.js
function wrapRequestParameters(parameters) {
  if (parameters.onResponse) {
    return {
      ...parameters,
      onResponse(rawResponse, error) {
        parameters.onResponse?.(rawResponse, error, error);
      }
    };
  }
  return parameters;
}
function getClient2(endpoint, credentialsOrPipelineOptions, clientOptions = {}) {
  let credentials;
  if (credentialsOrPipelineOptions) {
    if (isCredential(credentialsOrPipelineOptions)) {
      credentials = credentialsOrPipelineOptions;
    } else {
      clientOptions = credentialsOrPipelineOptions ?? {};
    }
  }
  const pipeline = clientOptions.pipeline ?? createDefaultPipeline(endpoint, credentials, clientOptions);
  const tspClient = getClient(endpoint, {
    ...clientOptions,
    pipeline
  });
  const client = (path, ...args) => {
    return {
      get: (requestOptions = {}) => {
        return tspClient.path(path, ...args).get(wrapRequestParameters(requestOptions));
      },
      post: (requestOptions = {}) => {
        return tspClient.path(path, ...args).post(wrapRequestParameters(requestOptions));
      },
      put: (requestOptions = {}) => {
        return tspClient.path(path, ...args).put(wrapRequestParameters(requestOptions));
      },
      patch: (requestOptions = {}) => {
        return tspClient.path(path, ...args).patch(wrapRequestParameters(requestOptions));
      },
      delete: (requestOptions = {}) => {
        return tspClient.path(path, ...args).delete(wrapRequestParameters(requestOptions));
      },
      head: (requestOptions = {}) => {
        return tspClient.path(path, ...args).head(wrapRequestParameters(requestOptions));
      },
      options: (requestOptions = {}) => {
        return tspClient.path(path, ...args).options(wrapRequestParameters(requestOptions));
      },
      trace: (requestOptions = {}) => {
        return tspClient.path(path, ...args).trace(wrapRequestParameters(requestOptions));
      }
    };
  };
  return {
    path: client,
    pathUnchecked: client,
    pipeline: tspClient.pipeline
  };
}
function isCredential(param) {
  return isKeyCredential(param) || isTokenCredential(param);
}

// node_modules/@azure/arm-resourcegraph/dist/esm/api/operations.js
function _resourcesHistorySend(context, request, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/providers/Microsoft.ResourceGraph/resourcesHistory{?api%2Dversion}", {
    "api%2Dversion": "2021-06-01-preview"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters2(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: resourcesHistoryRequestSerializer(request)
  });
}
async function _resourcesHistoryDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError2(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return { body: result.body };
}
async function resourcesHistory(context, request, options = { requestOptions: {} }) {
  const result = await _resourcesHistorySend(context, request, options);
  return _resourcesHistoryDeserialize(result);
}
function _resourcesSend(context, query, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/providers/Microsoft.ResourceGraph/resources{?api%2Dversion}", {
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters2(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: queryRequestSerializer(query)
  });
}
async function _resourcesDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError2(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return queryResponseDeserializer(result.body);
}
async function resources(context, query, options = { requestOptions: {} }) {
  const result = await _resourcesSend(context, query, options);
  return _resourcesDeserialize(result);
}
function _resourceChangeDetailsSend(context, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/providers/Microsoft.ResourceGraph/resourceChangeDetails{?api%2Dversion}", {
    "api%2Dversion": "2020-09-01-preview"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters2(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: resourceChangeDetailsRequestParametersSerializer(parameters)
  });
}
async function _resourceChangeDetailsDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError2(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return resourceChangeDataArrayDeserializer(result.body);
}
async function resourceChangeDetails(context, parameters, options = { requestOptions: {} }) {
  const result = await _resourceChangeDetailsSend(context, parameters, options);
  return _resourceChangeDetailsDeserialize(result);
}
function _resourceChangesSend(context, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/providers/Microsoft.ResourceGraph/resourceChanges{?api%2Dversion}", {
    "api%2Dversion": "2020-09-01-preview"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters2(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: resourceChangesRequestParametersSerializer(parameters)
  });
}
async function _resourceChangesDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError2(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return resourceChangeListDeserializer(result.body);
}
async function resourceChanges(context, parameters, options = { requestOptions: {} }) {
  const result = await _resourceChangesSend(context, parameters, options);
  return _resourceChangesDeserialize(result);
}

// node_modules/@azure/arm-resourcegraph/dist/esm/logger.js
var logger = createClientLogger("arm-resourcegraph");

// node_modules/@azure/arm-resourcegraph/dist/esm/api/resourceGraphContext.js
function createResourceGraph(credential, subscriptionId, options = {}) {
  const endpointUrl = options.endpoint ?? getArmEndpoint(options.cloudSetting) ?? "https://management.azure.com";
  const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
  const userAgentInfo = `azsdk-js-arm-resourcegraph/5.0.0`;
  const userAgentPrefix = prefixFromOptions ? `${prefixFromOptions} ${userAgentInfo}` : `${userAgentInfo}`;
  const { apiVersion: _, ...updatedOptions } = {
    ...options,
    userAgentOptions: { userAgentPrefix },
    loggingOptions: { logger: options.loggingOptions?.logger ?? logger.info },
    credentials: {
      scopes: options.credentials?.scopes ?? ["https://management.azure.com/.default"]
    }
  };
  const clientContext = getClient2(endpointUrl, credential, updatedOptions);
  if (options.apiVersion) {
    logger.warning("This client does not support client api-version, please change it at the operation level");
  }
  return { ...clientContext, subscriptionId };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/static-helpers/serialization/check-prop-undefined.js
function areAllPropsUndefined(item, properties) {
  for (const property of properties) {
    if (item[property] !== void 0) {
      return false;
    }
  }
  return true;
}

// node_modules/@azure/arm-resourcegraph/dist/esm/models/models.js
function systemDataDeserializer(item) {
  return {
    createdBy: item["createdBy"],
    createdByType: item["createdByType"],
    createdAt: !item["createdAt"] ? item["createdAt"] : new Date(item["createdAt"]),
    lastModifiedBy: item["lastModifiedBy"],
    lastModifiedByType: item["lastModifiedByType"],
    lastModifiedAt: !item["lastModifiedAt"] ? item["lastModifiedAt"] : new Date(item["lastModifiedAt"])
  };
}
var KnownCreatedByType;
(function(KnownCreatedByType2) {
  KnownCreatedByType2["User"] = "User";
  KnownCreatedByType2["Application"] = "Application";
  KnownCreatedByType2["ManagedIdentity"] = "ManagedIdentity";
  KnownCreatedByType2["Key"] = "Key";
})(KnownCreatedByType || (KnownCreatedByType = {}));

// node_modules/@azure/arm-resourcegraph/dist/esm/models/graphQueryApi/models.js
function graphQueryResourceSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["description", "query"]) ? void 0 : _graphQueryResourcePropertiesSerializer(item),
    tags: item["tags"],
    location: item["location"],
    etag: item["etag"]
  };
}
function graphQueryResourceDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _graphQueryResourcePropertiesDeserializer(item["properties"]),
    tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
    location: item["location"],
    etag: item["etag"]
  };
}
var KnownResultKind;
(function(KnownResultKind2) {
  KnownResultKind2["Basic"] = "basic";
})(KnownResultKind || (KnownResultKind = {}));
function graphQueryErrorDeserializer(item) {
  return {
    error: !item["error"] ? item["error"] : graphQueryErrorErrorDeserializer(item["error"])
  };
}
function graphQueryErrorErrorDeserializer(item) {
  return {
    code: item["code"],
    message: item["message"],
    details: !item["details"] ? item["details"] : errorFieldContractArrayDeserializer(item["details"])
  };
}
function errorFieldContractArrayDeserializer(result) {
  return result.map((item) => {
    return errorFieldContractDeserializer(item);
  });
}
function errorFieldContractDeserializer(item) {
  return {
    code: item["code"],
    message: item["message"],
    target: item["target"]
  };
}
function graphQueryUpdateParametersSerializer(item) {
  return {
    tags: item["tags"],
    etag: item["etag"],
    properties: areAllPropsUndefined(item, ["description", "query"]) ? void 0 : _graphQueryUpdateParametersPropertiesSerializer(item)
  };
}
function _graphQueryListResultDeserializer(item) {
  return {
    value: graphQueryResourceArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function graphQueryResourceArrayDeserializer(result) {
  return result.map((item) => {
    return graphQueryResourceDeserializer(item);
  });
}
function _graphQueryResourcePropertiesSerializer(item) {
  return { description: item["description"], query: item["query"] };
}
function _graphQueryResourcePropertiesDeserializer(item) {
  return {
    timeModified: !item["timeModified"] ? item["timeModified"] : new Date(item["timeModified"]),
    description: item["description"],
    query: item["query"],
    resultKind: item["resultKind"]
  };
}
function _graphQueryUpdateParametersPropertiesSerializer(item) {
  return { description: item["description"], query: item["query"] };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/static-helpers/pagingHelpers.js
function buildPagedAsyncIterator(client, getInitialResponse, processResponseBody, expectedStatuses, options = {}) {
  const itemName = options.itemName ?? "value";
  const nextLinkName = options.nextLinkName ?? "nextLink";
  const nextLinkMethod = options.nextLinkMethod ?? "GET";
  const apiVersion = options.apiVersion;
  const pagedResult = {
    getPage: async (pageLink) => {
      let result;
      if (pageLink === void 0) {
        result = await getInitialResponse();
      } else {
        const resolvedPageLink = apiVersion ? addApiVersionToUrl(pageLink, apiVersion) : pageLink;
        result = nextLinkMethod === "POST" ? await client.pathUnchecked(resolvedPageLink).post() : await client.pathUnchecked(resolvedPageLink).get();
      }
      checkPagingRequest(result, expectedStatuses);
      const results = await processResponseBody(result);
      const nextLink = getNextLink(results, nextLinkName);
      const values = getElements(results, itemName);
      return {
        page: values,
        nextPageLink: nextLink
      };
    },
    byPage: (settings) => {
      const { continuationToken } = settings ?? {};
      return getPageAsyncIterator(pagedResult, {
        pageLink: continuationToken
      });
    }
  };
  return getPagedAsyncIterator(pagedResult);
}
function getPagedAsyncIterator(pagedResult) {
  const iter = getItemAsyncIterator(pagedResult);
  return {
    next() {
      return iter.next();
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    byPage: pagedResult?.byPage ?? ((settings) => {
      const { continuationToken } = settings ?? {};
      return getPageAsyncIterator(pagedResult, {
        pageLink: continuationToken
      });
    })
  };
}
async function* getItemAsyncIterator(pagedResult) {
  const pages = getPageAsyncIterator(pagedResult);
  for await (const page of pages) {
    yield* page;
  }
}
async function* getPageAsyncIterator(pagedResult, options = {}) {
  const { pageLink } = options;
  let response = await pagedResult.getPage(pageLink ?? pagedResult.firstPageLink);
  if (!response) {
    return;
  }
  let result = response.page;
  result.continuationToken = response.nextPageLink;
  yield result;
  while (response.nextPageLink) {
    response = await pagedResult.getPage(response.nextPageLink);
    if (!response) {
      return;
    }
    result = response.page;
    result.continuationToken = response.nextPageLink;
    yield result;
  }
}
function getNextLink(body, nextLinkName) {
  if (!nextLinkName) {
    return void 0;
  }
  const nextLink = body[nextLinkName];
  if (typeof nextLink !== "string" && typeof nextLink !== "undefined" && nextLink !== null) {
    throw new RestError(`Body Property ${nextLinkName} should be a string or undefined or null but got ${typeof nextLink}`);
  }
  if (nextLink === null) {
    return void 0;
  }
  return nextLink;
}
function getElements(body, itemName) {
  const value = body[itemName];
  if (!Array.isArray(value)) {
    throw new RestError(`Couldn't paginate response
 Body doesn't contain an array property with name: ${itemName}`);
  }
  return value ?? [];
}
function checkPagingRequest(response, expectedStatuses) {
  if (!expectedStatuses.includes(response.status)) {
    throw createRestError2(`Pagination failed with unexpected statusCode ${response.status}`, response);
  }
}
function addApiVersionToUrl(url, apiVersion) {
  const urlObj = new URL(url, "https://microsoft.com");
  if (!urlObj.searchParams.get("api-version")) {
    return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
  }
  return url;
}

// node_modules/@azure/arm-resourcegraph/dist/esm/api/graphQuery/operations.js
function _listBySubscriptionSend(context, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ResourceGraph/queries{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters2(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listBySubscriptionDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError2(result);
    if (result.body) {
      error.details = graphQueryErrorDeserializer(result.body);
    }
    throw error;
  }
  return _graphQueryListResultDeserializer(result.body);
}
function listBySubscription(context, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listBySubscriptionSend(context, options), _listBySubscriptionDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-04-01" });
}
function _listSend(context, resourceGroupName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ResourceGraph/queries{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters2(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError2(result);
    if (result.body) {
      error.details = graphQueryErrorDeserializer(result.body);
    }
    throw error;
  }
  return _graphQueryListResultDeserializer(result.body);
}
function list(context, resourceGroupName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listSend(context, resourceGroupName, options), _listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-04-01" });
}
function _$deleteSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ResourceGraph/queries/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).delete({ ...operationOptionsToRequestParameters2(options) });
}
async function _$deleteDeserialize(result) {
  const expectedStatuses = ["200", "204"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError2(result);
    if (result.body) {
      error.details = graphQueryErrorDeserializer(result.body);
    }
    throw error;
  }
  return;
}
async function $delete(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const result = await _$deleteSend(context, resourceGroupName, resourceName, options);
  return _$deleteDeserialize(result);
}
function _updateSend(context, resourceGroupName, resourceName, body, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ResourceGraph/queries/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).patch({
    ...operationOptionsToRequestParameters2(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: graphQueryUpdateParametersSerializer(body)
  });
}
async function _updateDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError2(result);
    if (result.body) {
      error.details = graphQueryErrorDeserializer(result.body);
    }
    throw error;
  }
  return graphQueryResourceDeserializer(result.body);
}
async function update(context, resourceGroupName, resourceName, body, options = { requestOptions: {} }) {
  const result = await _updateSend(context, resourceGroupName, resourceName, body, options);
  return _updateDeserialize(result);
}
function _createOrUpdateSend(context, resourceGroupName, resourceName, properties, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ResourceGraph/queries/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).put({
    ...operationOptionsToRequestParameters2(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: graphQueryResourceSerializer(properties)
  });
}
async function _createOrUpdateDeserialize(result) {
  const expectedStatuses = ["200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError2(result);
    if (result.body) {
      error.details = graphQueryErrorDeserializer(result.body);
    }
    throw error;
  }
  return graphQueryResourceDeserializer(result.body);
}
async function createOrUpdate(context, resourceGroupName, resourceName, properties, options = { requestOptions: {} }) {
  const result = await _createOrUpdateSend(context, resourceGroupName, resourceName, properties, options);
  return _createOrUpdateDeserialize(result);
}
function _getSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ResourceGraph/queries/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters2(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError2(result);
    if (result.body) {
      error.details = graphQueryErrorDeserializer(result.body);
    }
    throw error;
  }
  return graphQueryResourceDeserializer(result.body);
}
async function get(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const result = await _getSend(context, resourceGroupName, resourceName, options);
  return _getDeserialize(result);
}

// node_modules/@azure/arm-resourcegraph/dist/esm/classic/graphQuery/index.js
function _getGraphQuery(context) {
  return {
    listBySubscription: (options) => listBySubscription(context, options),
    list: (resourceGroupName, options) => list(context, resourceGroupName, options),
    delete: (resourceGroupName, resourceName, options) => $delete(context, resourceGroupName, resourceName, options),
    update: (resourceGroupName, resourceName, body, options) => update(context, resourceGroupName, resourceName, body, options),
    createOrUpdate: (resourceGroupName, resourceName, properties, options) => createOrUpdate(context, resourceGroupName, resourceName, properties, options),
    get: (resourceGroupName, resourceName, options) => get(context, resourceGroupName, resourceName, options)
  };
}
function _getGraphQueryOperations(context) {
  return {
    ..._getGraphQuery(context)
  };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/api/operations/operations.js
function _listSend2(context, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/providers/Microsoft.ResourceGraph/operations{?api%2Dversion}", {
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters2(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize2(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError2(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return _operationListResultDeserializer(result.body);
}
function list2(context, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listSend2(context, options), _listDeserialize2, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-04-01" });
}

// node_modules/@azure/arm-resourcegraph/dist/esm/classic/operations/index.js
function _getOperations(context) {
  return {
    list: (options) => list2(context, options)
  };
}
function _getOperationsOperations(context) {
  return {
    ..._getOperations(context)
  };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/resourceGraphClient.js
var ResourceGraphClient = class {
  _client;
  /** The pipeline used by this client to make requests */
  pipeline;
  constructor(credential, subscriptionIdOrOptions, options) {
    let subscriptionId;
    if (typeof subscriptionIdOrOptions === "string") {
      subscriptionId = subscriptionIdOrOptions;
    } else if (typeof subscriptionIdOrOptions === "object") {
      options = subscriptionIdOrOptions;
    }
    options = options ?? {};
    this._client = createResourceGraph(credential, subscriptionId ?? "", options);
    this.pipeline = this._client.pipeline;
    this.graphQuery = _getGraphQueryOperations(this._client);
    this.operations = _getOperationsOperations(this._client);
  }
  /** List all snapshots of a resource for a given time interval. */
  resourcesHistory(request, options = { requestOptions: {} }) {
    return resourcesHistory(this._client, request, options);
  }
  /** Queries the resources managed by Azure Resource Manager for scopes specified in the request. */
  resources(query, options = { requestOptions: {} }) {
    return resources(this._client, query, options);
  }
  /** Get resource change details. */
  resourceChangeDetails(parameters, options = { requestOptions: {} }) {
    return resourceChangeDetails(this._client, parameters, options);
  }
  /** List changes to a resource for a given time interval. */
  resourceChanges(parameters, options = { requestOptions: {} }) {
    return resourceChanges(this._client, parameters, options);
  }
  /** The operation groups for graphQuery */
  graphQuery;
  /** The operation groups for operations */
  operations;
};
export {
  AzureClouds,
  KnownCreatedByType,
  KnownResultKind,
  ResourceGraphClient,
  RestError,
  isRestError
};
