// Starts GraphiQL against this gateway. Kept out of index.html so the page's CSP needs no inline scripts.
(function () {
  'use strict';

  // The page is /graphql/ui, so '../graphql' is POST /graphql, also behind a path base.
  var endpoint = new URL('../graphql', window.location.href).toString();
  var introspection = new URL('../graphql/introspection.json', window.location.href).toString();

  // Our own fetcher instead of GraphiQL.createFetcher: plain JSON POST, no multipart/ws negotiation,
  // and GraphiQL passes the headers editor's JSON as opts.headers (where the API key goes).
  function fetcher(params, opts) {
    // GraphiQL's schema query is deeper and costlier than the gateway lets any client document be; the server
    // answers that one fixed query itself (GET /graphql/introspection.json), so docs and completion work without a key.
    if (params && params.operationName === 'IntrospectionQuery') {
      return fetch(introspection).then(function (response) { return response.json(); });
    }
    var headers = Object.assign(
      { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json' },
      (opts && opts.headers) || {});
    return fetch(endpoint, { method: 'POST', headers: headers, body: JSON.stringify(params) })
      .then(function (response) { return response.json(); });
  }

  var defaultQuery =
    '# Put your API key in Headers below, then run (Ctrl+Enter).\n' +
    '{\n  me {\n    role\n  }\n}\n';

  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: defaultQuery,
      defaultHeaders: '{"Authorization": "Bearer <paste your key>"}',
      // Open on the headers editor: without a key every request answers 401.
      defaultEditorToolsVisibility: 'headers',
      isHeadersEditorEnabled: true
      // shouldPersistHeaders stays unset: off by default (the key is not kept in localStorage),
      // and the settings dialog lets a developer opt in.
    }));
})();
