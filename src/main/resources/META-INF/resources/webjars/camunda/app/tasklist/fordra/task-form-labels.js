/*
 * Fordra: the task forms' labels, hints and options in the staff member's language (the one
 * Fordra's own pages use), for Camunda Tasklist 7.24. Loaded as a custom script (scripts/config.js).
 *
 * Tasklist fetches a Camunda Form's schema (.../task/{id}/deployed-form) and hands it to form-js;
 * this module wraps window.fetch so that the schema's English texts are swapped for the staff
 * member's before form-js sees them. The words come from Fordra (GET /task-forms/labels, see
 * org.fordra.pages.TaskFormLabels), which knows the staff member's language; anything it does not
 * translate stays as the form says. Nothing else Tasklist fetches is touched.
 */
const FORM_SCHEMA = /\/(deployed-form|deployed-start-form)(\?|$)/;
const TEXTS = ['label', 'dateLabel', 'timeLabel', 'description', 'text', 'placeholder'];

// app-root is Fordra's context path followed by Camunda's application path (/camunda).
const appRoot = document.querySelector('base').getAttribute('app-root') || '';
const labelsUrl = appRoot.replace(/\/[^/]*$/, '') + '/task-forms/labels';

const fetchAsTasklistDoes = window.fetch.bind(window);

async function staffLabels() {
  try {
    const response = await fetchAsTasklistDoes(labelsUrl, {
      credentials: 'same-origin',
      headers: {Accept: 'application/json'}
    });
    const body = response.ok ? await response.json() : null;
    return body && body.labels ? body : null;
  } catch (e) {
    return null;
  }
}

function translate(components, labels) {
  (components || []).forEach(component => {
    TEXTS.forEach(property => {
      const english = component[property];
      if (typeof english === 'string' && labels[english]) {
        component[property] = labels[english];
      }
    });
    (Array.isArray(component.values) ? component.values : []).forEach(option => {
      if (option && labels[option.label]) {
        option.label = labels[option.label];
      }
    });
    translate(component.components, labels);
  });
}

window.fetch = async function (input, init) {
  const url = typeof input === 'string' ? input : input && input.url;
  if (!url || !FORM_SCHEMA.test(url)) {
    return fetchAsTasklistDoes(input, init);
  }
  const [response, words] = await Promise.all([fetchAsTasklistDoes(input, init), staffLabels()]);
  if (!response.ok || !words) {
    return response;
  }
  let schema;
  try {
    schema = await response.clone().json();
  } catch (e) {
    return response;
  }
  translate(schema.components, words.labels);
  return new Response(JSON.stringify(schema), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers
  });
};
