// Renders GraphiQL against this server's /graphql endpoint. Kept out of index.html so that the
// page runs under a Content-Security-Policy without 'unsafe-inline' scripts.
(function () {
  'use strict';

  var endpoint = new URL('/graphql', window.location.href).toString();
  var fetcher = window.GraphiQL.createFetcher({
    url: endpoint,
    headers: { accept: 'application/graphql-response+json, application/json' },
  });

  var defaultQuery = [
    '# CeGraph: Ctrl+Enter runs the query.',
    '{',
    '  disciplines {',
    '    code',
    '    name',
    '  }',
    '}',
    '',
  ].join('\n');

  var root = window.ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    window.React.createElement(window.GraphiQL, {
      fetcher: fetcher,
      defaultQuery: defaultQuery,
      defaultEditorToolsVisibility: true,
    })
  );
})();
