/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import {chosenLocales} from '../../noivu-locales.js';

export default {
  // app name and vendor (page title and header: '<vendor> <name>')
  app: {
    name: 'Danh sách công việc',
    vendor: 'Hệ thống quy trình ngành Nội vụ'
  },

  // date format (moment.js tokens)
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    abbr: 'DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },

  locales: chosenLocales(),

  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  // Vietnamese validation messages and dd/mm/yyyy dates in Camunda Forms; due-date order, filter counts, due date
  // for admins only; "Hoàn thành" enabled again after a row of a list is edited; a form's PDF opens in a new tab.
  customScripts: ['scripts/form-messages-vi.js', 'scripts/form-dates-vi.js', 'scripts/task-list-vi.js',
    'scripts/form-list-errors.js', 'scripts/form-pdf-links.js'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'Nhận công việc đang được chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'Đưa con trỏ đến bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'Đưa con trỏ đến công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'Đưa con trỏ đến ô nhập liệu đầu tiên của biểu mẫu công việc'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'Mở hộp thoại khởi tạo quy trình'
    }
  }
};
